// How much each shared token says about whether two paragraphs translate each other.
import type { SharedTokens } from './shared-tokens'

// Token probabilities stay away from 0 and 1 so that no single token is decisive.
const MIN_PROBABILITY = 0.01
const MAX_PROBABILITY = 0.95

const clamp = (x: number) => Math.min(MAX_PROBABILITY, Math.max(MIN_PROBABILITY, x))

export type TokenWeights = { gain: Float64Array; missInTarget: Float64Array; missInSource: Float64Array }

/**
 * Token evidence. A token of one side found on the other side adds log(keep / chance); a token not
 * found adds log((1 - keep) / (1 - chance)), where chance is the share of paragraphs holding it on the
 * other side. Both directions are averaged. Split into what every token adds when missing and what
 * finding it changes (the gain), so that a bead's evidence is the misses of both runs plus the gains
 * of the tokens they share.
 */
export function tokenWeights(shared: SharedTokens, keep: Float64Array): TokenWeights {
  const size = shared.vocabulary.length
  const gain = new Float64Array(size)
  const missInTarget = new Float64Array(size)
  const missInSource = new Float64Array(size)
  for (let w = 0; w < size; w++) {
    const p = clamp(keep[w])
    const chanceT = clamp(shared.dfTarget[w] / Math.max(1, shared.target.length))
    const chanceS = clamp(shared.dfSource[w] / Math.max(1, shared.source.length))
    // A token that turns up by chance at least as often as in translations is no evidence either way.
    const foundT = Math.max(0, Math.log(p / chanceT))
    const lostT = Math.min(0, Math.log((1 - p) / (1 - chanceT)))
    const foundS = Math.max(0, Math.log(p / chanceS))
    const lostS = Math.min(0, Math.log((1 - p) / (1 - chanceS)))
    missInTarget[w] = lostT / 2
    missInSource[w] = lostS / 2
    gain[w] = (foundT - lostT + foundS - lostS) / 2
  }
  return { gain, missInTarget, missInSource }
}

// Shared tokens worth this much evidence (in nats) make a paragraph "supported" by another: one rare
// name, number or term, not a few function words two languages happen to share.
export const MIN_SUPPORT = 2

/** Sum of `gain` over the token ids present in both sorted arrays. */
export function sharedGain(a: Int32Array, b: Int32Array, gain: Float64Array): number {
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      sum += gain[a[i]]
      i++
      j++
    } else if (a[i] < b[j]) i++
    else j++
  }
  return sum
}
