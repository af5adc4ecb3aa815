// Pairing tokens of the two sides as multisets: order differs between languages, so a token
// counts as present when the other side has an unused token sharing one of its keys.

export type Matched<T> = { sourceOnly: T[]; targetOnly: T[] }

export function matchByKeys<T>(source: T[], target: T[], keysOf: (token: T) => readonly string[]): Matched<T> {
  // Per key, the target tokens in order and how many of them are known to be used up front,
  // so that a long run of equal tokens is matched in linear time.
  const byKey = new Map<string, { indices: number[]; next: number }>()
  target.forEach((token, index) => {
    for (const key of keysOf(token)) {
      const entry = byKey.get(key)
      if (entry) entry.indices.push(index)
      else byKey.set(key, { indices: [index], next: 0 })
    }
  })
  const used = new Set<number>()
  const sourceOnly: T[] = []
  for (const token of source) {
    let found = -1
    for (const key of keysOf(token)) {
      const entry = byKey.get(key)
      if (!entry) continue
      while (entry.next < entry.indices.length && used.has(entry.indices[entry.next])) entry.next++
      if (entry.next < entry.indices.length) {
        found = entry.indices[entry.next]
        break
      }
    }
    if (found >= 0) used.add(found)
    else sourceOnly.push(token)
  }
  return { sourceOnly, targetOnly: target.filter((_, index) => !used.has(index)) }
}
