// The shared-token gain of single paragraph pairs, remembered for the last few source positions:
// joins and splits check every part against the other side, and those pairs are exactly the
// one-to-one cells the search has just costed.
import { MAX_SPAN } from './bead-shapes'
import type { SharedTokens } from './shared-tokens'
import { sharedGain } from './token-evidence'

export type SupportCache = {
  /** Gain shared by source paragraph i - 1 and target paragraph j - 1. */
  get(i: number, j: number): number
  put(i: number, j: number, value: number): void
}

export function createSupportCache(shared: SharedTokens, gain: Float64Array): SupportCache {
  const columns = shared.target.length + 1
  // One row per source position modulo MAX_SPAN; `rowOf` says which position a slot holds.
  const values = new Float64Array(MAX_SPAN * columns)
  const rowOf = new Int32Array(MAX_SPAN * columns).fill(-1)
  return {
    get(i, j) {
      const slot = (i % MAX_SPAN) * columns + j
      if (rowOf[slot] === i) return values[slot]
      return sharedGain(shared.source[i - 1], shared.target[j - 1], gain)
    },
    put(i, j, value) {
      const slot = (i % MAX_SPAN) * columns + j
      values[slot] = value
      rowOf[slot] = i
    },
  }
}
