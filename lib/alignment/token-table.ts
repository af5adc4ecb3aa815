// An open-addressing hash table from 64-bit token hashes (two 32-bit halves) to dense ids.

export type TokenTable = {
  size: number
  /** The token's id, or -1 when absent. */
  find(hashA: number, hashB: number): number
  /** The token's id, adding it (with the next id) when absent. */
  add(hashA: number, hashB: number): number
}

const INITIAL_CAPACITY = 1 << 12

export function createTokenTable(): TokenTable {
  let capacity = INITIAL_CAPACITY
  let keysA = new Int32Array(capacity)
  let keysB = new Int32Array(capacity)
  let ids = new Int32Array(capacity).fill(-1)

  const slotOf = (hashA: number, hashB: number): number => {
    let slot = (hashA ^ Math.imul(hashB, 0x27d4eb2d)) & (capacity - 1)
    while (ids[slot] >= 0 && (keysA[slot] !== hashA || keysB[slot] !== hashB)) slot = (slot + 1) & (capacity - 1)
    return slot
  }

  const rehash = () => {
    const [oldA, oldB, oldIds] = [keysA, keysB, ids]
    capacity *= 2
    keysA = new Int32Array(capacity)
    keysB = new Int32Array(capacity)
    ids = new Int32Array(capacity).fill(-1)
    for (let slot = 0; slot < oldIds.length; slot++) {
      if (oldIds[slot] < 0) continue
      const target = slotOf(oldA[slot], oldB[slot])
      keysA[target] = oldA[slot]
      keysB[target] = oldB[slot]
      ids[target] = oldIds[slot]
    }
  }

  const table: TokenTable = {
    size: 0,
    find(hashA, hashB) {
      return ids[slotOf(hashA, hashB)]
    },
    add(hashA, hashB) {
      let slot = slotOf(hashA, hashB)
      if (ids[slot] >= 0) return ids[slot]
      // Keep the table at most half full so that probe sequences stay short.
      if (2 * (table.size + 1) > capacity) {
        rehash()
        slot = slotOf(hashA, hashB)
      }
      keysA[slot] = hashA
      keysB[slot] = hashB
      ids[slot] = table.size++
      return ids[slot]
    },
  }
  return table
}
