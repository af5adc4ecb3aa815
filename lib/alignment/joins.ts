// Evidence for the break points inside a many-to-one or one-to-many bead. A translator who joins
// or splits paragraphs does so between sentences, so the single paragraph on the other side has a
// sentence break near the same relative position. Without this term a bead could absorb any short
// neighbouring paragraph for free.
import { END_CLASSES, type ParagraphFeatures } from './features'
import { LENGTH_SMOOTHING } from './model'
import { MIN_SUPPORT } from './token-evidence'

// Drift of a break's relative position between original and translation (share of the paragraph).
const CUT_SIGMA = 0.04
// Share of true splits and joins whose break does not show up as a break on the other side.
const CUT_OUTLIER_SHARE = 0.1
const LOG_CUT_OUTLIER_SHARE = Math.log(CUT_OUTLIER_SHARE)
const HALF_NORMAL_SCALE = (1 - CUT_OUTLIER_SHARE) * Math.sqrt(2 / Math.PI)

// Paragraph ends after which a break on the other side is expected (not headings or commas).
const BREAKABLE = new Uint8Array(END_CLASSES.length)
for (const name of ['stop', 'colon', 'semicolon'] as const) BREAKABLE[END_CLASSES.indexOf(name)] = 1

/**
 * Log-likelihood ratio of a break at relative position p of a paragraph with break candidates
 * cuts[0 .. count) (sorted): near a candidate for a true split, anywhere for an unrelated paragraph.
 */
export function cutLlr(p: number, cuts: Float32Array, length: number, count = cuts.length): number {
  if (count === 0) return LOG_CUT_OUTLIER_SHARE
  let distance = 1
  for (let k = 0; k < count; k++) distance = Math.min(distance, Math.abs(cuts[k] - p))
  const sigma = CUT_SIGMA + LENGTH_SMOOTHING / Math.max(1, length)
  const z = distance / sigma
  const related = (HALF_NORMAL_SCALE * Math.exp(-0.5 * z * z)) / sigma + 2 * CUT_OUTLIER_SHARE
  // Density of the distance from a uniformly random point to the nearest candidate.
  let unrelated = (cuts[0] > distance ? 1 : 0) + (1 - cuts[count - 1] > distance ? 1 : 0)
  for (let k = 1; k < count; k++) if (cuts[k] - cuts[k - 1] > 2 * distance) unrelated += 2
  return Math.log(related / Math.max(0.5, unrelated))
}

export type JoinModel = { gain: Float64Array; unsupported: number }

/**
 * supportRate: P(supported | translation); supportByChance: P(supported | unrelated paragraph).
 * Only a part without support costs something: the support of the others already shows in the
 * bead's token evidence, and counting it again would favour many-paragraph beads.
 */
export function createJoinModel(gain: Float64Array, supportRate: number, supportByChance: number): JoinModel {
  return { gain, unsupported: Math.min(0, Math.log((1 - supportRate) / (1 - supportByChance))) }
}

/**
 * Evidence for joining parts[first .. first + count) into `whole` (or splitting `whole` into them):
 * every part should be supported by `whole` (share names, numbers or terms with it) as often as
 * translations are, and after a sentence each join should meet a break of `whole` at about the same
 * relative position. supports[k] is the shared-token gain of part first + k with `whole`.
 */
export function joinLlr(
  parts: ParagraphFeatures[],
  first: number,
  count: number,
  whole: ParagraphFeatures,
  supports: Float64Array,
  model: JoinModel,
): number {
  const breakable = BREAKABLE
  const minSupport = MIN_SUPPORT
  let total = 0
  for (let k = first; k < first + count; k++) total += parts[k].length
  let sum = 0
  let before = 0
  for (let k = first; k < first + count; k++) {
    if (supports[k - first] < minSupport) sum += model.unsupported
    before += parts[k].length
    const isLast = k === first + count - 1
    if (!isLast && breakable[parts[k].endClass] === 1) sum += cutLlr(before / Math.max(1, total), whole.cuts, whole.length)
  }
  return sum
}

/**
 * Many-to-many beads: every paragraph on either side should be supported by the other side.
 * pairs[x * stride + y] is the shared-token gain of the x-th source and y-th target paragraph.
 */
export function crossSupportLlr(pairs: Float64Array, stride: number, sourceCount: number, targetCount: number, model: JoinModel): number {
  const minSupport = MIN_SUPPORT
  let penalty = 0
  for (let x = 0; x < sourceCount; x++) {
    let support = 0
    for (let y = 0; y < targetCount; y++) support += pairs[x * stride + y]
    if (support < minSupport) penalty += model.unsupported
  }
  for (let y = 0; y < targetCount; y++) {
    let support = 0
    for (let x = 0; x < sourceCount; x++) support += pairs[x * stride + y]
    if (support < minSupport) penalty += model.unsupported
  }
  return penalty
}

// Room for the cut points of two paragraphs read as one (grown on demand).
let joined = new Float32Array(64)

/**
 * Evidence for a two-to-two bead (a sentence moved across the paragraph break): the break on one
 * side falls at a sentence break inside the other side read as one text, other than that side's own
 * paragraph break (where two one-to-one beads would put it). Both directions are summed.
 */
export function movedSentenceLlr(sourceA: ParagraphFeatures, sourceB: ParagraphFeatures, targetA: ParagraphFeatures, targetB: ParagraphFeatures): number {
  return breakInsideLlr(sourceA, sourceB, targetA, targetB) + breakInsideLlr(targetA, targetB, sourceA, sourceB)
}

function breakInsideLlr(a: ParagraphFeatures, b: ParagraphFeatures, otherA: ParagraphFeatures, otherB: ParagraphFeatures): number {
  if (BREAKABLE[a.endClass] !== 1) return 0
  const total = Math.max(1, otherA.length + otherB.length)
  const count = otherA.cuts.length + otherB.cuts.length
  if (joined.length < count) joined = new Float32Array(2 * count)
  for (let k = 0; k < otherA.cuts.length; k++) joined[k] = (otherA.cuts[k] * otherA.length) / total
  for (let k = 0; k < otherB.cuts.length; k++) joined[otherA.cuts.length + k] = (otherA.length + otherB.cuts[k] * otherB.length) / total
  return cutLlr(a.length / Math.max(1, a.length + b.length), joined, total, count)
}
