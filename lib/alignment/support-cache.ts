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
  return new RecentSupport(shared, gain)
}

/** A class, so that every pass's cache shares the methods V8 has optimised (see PairScorer). */
class RecentSupport implements SupportCache {
  private readonly columns: number
  /** One row per source position modulo MAX_SPAN; `rowOf` says which position a slot holds. */
  private readonly values: Float64Array
  private readonly rowOf: Int32Array

  constructor(
    private readonly shared: SharedTokens,
    private readonly gain: Float64Array,
  ) {
    this.columns = shared.target.length + 1
    this.values = new Float64Array(MAX_SPAN * this.columns)
    this.rowOf = new Int32Array(MAX_SPAN * this.columns).fill(-1)
  }

  get(i: number, j: number): number {
    const slot = (i % MAX_SPAN) * this.columns + j
    if (this.rowOf[slot] === i) return this.values[slot]
    return sharedGain(this.shared.source[i - 1], this.shared.target[j - 1], this.gain)
  }

  put(i: number, j: number, value: number): void {
    const slot = (i % MAX_SPAN) * this.columns + j
    this.values[slot] = value
    this.rowOf[slot] = i
  }
}
