// The statistical model behind the bead scores. Every signal is a log-likelihood ratio between
// "these paragraphs translate each other" and "these paragraphs are unrelated"; the unrelated
// side is measured on the document pair itself, the related side starts from broad priors and is
// re-estimated from a first alignment of the same pair (one step of hard EM).
import { INITIAL_SHAPE_PRIORS, SHAPE_COUNT, shapeIndex } from './bead-shapes'
import type { BeadRange } from './types'
import { type ParagraphFeatures, START_CLASSES } from './features'
import type { SharedTokens } from './shared-tokens'
import { MIN_SUPPORT, sharedGain, tokenWeights } from './token-evidence'

export type ModelParameters = {
  /** Expected target length per source character. */
  lengthRatio: number
  /** Spread of log(target length / expected length) for paragraphs that translate each other. */
  lengthSigma: number
  /** Per shared token: probability that it appears in a translation when it appears in the original. */
  keep: Float64Array
  /** Variance, per sentence, of the difference between the sentence counts of a translation and its original. */
  sentenceVariance: number
  /** Probability that a translation ends like its original (full stop, colon, no punctuation, ...). */
  endAgreement: number
  /** Probability that a translation shares a name, number or term with its original (see MIN_SUPPORT). */
  supportRate: number
  /** The same for two unrelated paragraphs of the pair. */
  supportByChance: number
  shapePriors: number[]
  /**
   * Log-likelihood ratio of a one-to-one bead by whether its source and target paragraphs recur on
   * their sides, indexed 2 × repeatedS + repeatedT (translators translate a recurring paragraph the
   * same way; boilerplate recurs on one side only). All 0 until measured on a first alignment.
   */
  repeatLlr: Float64Array
  /** Log-likelihood ratio of a bead by how its first source and target paragraphs begin (START_CLASSES, source-major). */
  startLlr: Float64Array
}

// Characters added to both lengths before taking their ratio, so that one changed word in a
// three-word heading is not read as a wild length ratio.
export const LENGTH_SMOOTHING = 8
// A first guess of the length spread (typical pairs measure 0.07-0.2), refined after the first pass.
const INITIAL_LENGTH_SIGMA = 0.15
// Tokens found in about as many paragraphs on both sides are kept by the translator at most this
// often before the first pass measures it (names and numbers do get dropped or rewritten).
const INITIAL_KEEP = 0.8
// What the first pass measures is blended with the initial guesses as if the guesses came from
// this many beads (or, for one token, occurrences): a short document's few beads would otherwise
// make ordinary variation look decisive or rule a bead shape out.
const PRIOR_BEADS = 20
const PRIOR_OCCURRENCES = 4
// Translators join or split roughly one sentence in ten.
const INITIAL_SENTENCE_VARIANCE = 0.1
const INITIAL_END_AGREEMENT = 0.8
const INITIAL_SUPPORT_RATE = 0.7
const INITIAL_SUPPORT_BY_CHANCE = 0.2

export function initialParameters(source: ParagraphFeatures[], target: ParagraphFeatures[], shared: SharedTokens): ModelParameters {
  const keep = new Float64Array(shared.vocabulary.length)
  for (let w = 0; w < keep.length; w++) {
    const a = shared.dfSource[w]
    const b = shared.dfTarget[w]
    keep[w] = (INITIAL_KEEP * Math.min(a, b)) / Math.max(a, b)
  }
  return {
    lengthRatio: totalLength(target) / Math.max(1, totalLength(source)) || 1,
    lengthSigma: INITIAL_LENGTH_SIGMA,
    keep,
    sentenceVariance: INITIAL_SENTENCE_VARIANCE,
    endAgreement: INITIAL_END_AGREEMENT,
    supportRate: INITIAL_SUPPORT_RATE,
    supportByChance: INITIAL_SUPPORT_BY_CHANCE,
    shapePriors: [...INITIAL_SHAPE_PRIORS],
    repeatLlr: new Float64Array(4),
    startLlr: new Float64Array(START_CLASSES.length ** 2),
  }
}

function totalLength(paragraphs: ParagraphFeatures[]): number {
  let sum = 0
  for (const p of paragraphs) sum += p.length
  return sum
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Blends an observed rate with a prior guess, the prior counting as PRIOR_BEADS observations. */
function smoothed(hits: number, total: number, prior: number): number {
  return (hits + PRIOR_BEADS * prior) / (total + PRIOR_BEADS)
}

/** Re-estimates the related-side parameters from an alignment of the same pair (searching `searchedShapes`). */
export function reestimateParameters(
  source: ParagraphFeatures[],
  target: ParagraphFeatures[],
  shared: SharedTokens,
  initial: ModelParameters,
  beads: BeadRange[],
  searchedShapes: Uint8Array,
  repeatedS: Uint8Array,
  repeatedT: Uint8Array,
): ModelParameters {
  const oneToOne = beads.filter((b) => b.srcEnd - b.srcStart === 1 && b.tgtEnd - b.tgtStart === 1)
  if (oneToOne.length < 3) return initial

  let sumS = 0
  let sumT = 0
  let squaredDifferences = 0
  let sentences = 0
  let sameEnd = 0
  for (const b of oneToOne) {
    const s = source[b.srcStart]
    const t = target[b.tgtStart]
    sumS += s.length
    sumT += t.length
    squaredDifferences += (s.sentences - t.sentences) ** 2
    sentences += (s.sentences + t.sentences) / 2
    if (s.endClass === t.endClass) sameEnd++
  }
  const lengthRatio = sumT / Math.max(1, sumS) || initial.lengthRatio
  const deviations = oneToOne.map((b) =>
    Math.log((target[b.tgtStart].length + LENGTH_SMOOTHING) / (lengthRatio * source[b.srcStart].length + LENGTH_SMOOTHING)),
  )
  const center = median(deviations)
  // 1.4826 × median absolute deviation estimates a normal spread without letting outliers in.
  const spread = 1.4826 * median(deviations.map((d) => Math.abs(d - center)))

  const keep = reestimateKeep(shared, initial.keep, beads)
  const { gain } = tokenWeights(shared, keep)
  // Unrelated pairs: each 1-1 bead's original with the translation of a bead half the document away.
  const offset = oneToOne.length >> 1
  let supported = 0
  let supportedByChance = 0
  oneToOne.forEach((b, k) => {
    const far = oneToOne[(k + offset) % oneToOne.length]
    if (sharedGain(shared.source[b.srcStart], shared.target[b.tgtStart], gain) >= MIN_SUPPORT) supported++
    if (sharedGain(shared.source[b.srcStart], shared.target[far.tgtStart], gain) >= MIN_SUPPORT) supportedByChance++
  })

  return {
    lengthRatio,
    lengthSigma: Math.sqrt((oneToOne.length * spread ** 2 + PRIOR_BEADS * initial.lengthSigma ** 2) / (oneToOne.length + PRIOR_BEADS)),
    keep,
    sentenceVariance: (squaredDifferences + PRIOR_BEADS * initial.sentenceVariance) / (sentences + PRIOR_BEADS),
    endAgreement: smoothed(sameEnd, oneToOne.length, initial.endAgreement),
    supportRate: smoothed(supported, oneToOne.length, initial.supportRate),
    supportByChance: smoothed(supportedByChance, oneToOne.length, initial.supportByChance),
    shapePriors: reestimateShapePriors(beads, initial.shapePriors, searchedShapes),
    repeatLlr: repeatAgreement(oneToOne, repeatedS, repeatedT),
    startLlr: startAgreement(oneToOne, source, target),
  }
}

// One way of beginning says little on its own: bounded like recurrence.
const MAX_START_SUPPORT = 1
const MAX_START_PENALTY = 3

/** startLlr from the one-to-one beads of a first alignment against the pair's own shares of each beginning. */
function startAgreement(oneToOne: BeadRange[], source: ParagraphFeatures[], target: ParagraphFeatures[]): Float64Array {
  const size = START_CLASSES.length
  const shares = (paragraphs: ParagraphFeatures[]) => {
    const counts = new Float64Array(size).fill(1)
    for (const p of paragraphs) counts[p.startClass]++
    return counts.map((c) => c / (paragraphs.length + size))
  }
  const shareS = shares(source)
  const shareT = shares(target)
  const joint = new Float64Array(size * size)
  // Smoothed towards independence, as if PRIOR_BEADS beads had begun by chance.
  for (let s = 0; s < size; s++) for (let t = 0; t < size; t++) joint[s * size + t] = PRIOR_BEADS * shareS[s] * shareT[t]
  for (const b of oneToOne) joint[source[b.srcStart].startClass * size + target[b.tgtStart].startClass]++
  const total = oneToOne.length + PRIOR_BEADS
  return joint.map((count, cell) => {
    const byChance = shareS[Math.floor(cell / size)] * shareT[cell % size]
    return Math.max(-MAX_START_PENALTY, Math.min(MAX_START_SUPPORT, Math.log(count / total / byChance)))
  })
}

// Evidence from recurrence is bounded: recurring on both sides is common to all of a document's
// headings and boilerplate and says little about which of them pair; recurring on one side only
// says that a paragraph is likely to have no counterpart.
const MAX_REPEAT_SUPPORT = 0.5
const MAX_REPEAT_PENALTY = 3

/** repeatLlr from the one-to-one beads of a first alignment against the pair's own recurrence rates. */
function repeatAgreement(oneToOne: BeadRange[], repeatedS: Uint8Array, repeatedT: Uint8Array): Float64Array {
  const share = (flags: Uint8Array) => (flags.reduce((sum, x) => sum + x, 0) + 1) / (flags.length + 2)
  const shareS = share(repeatedS)
  const shareT = share(repeatedT)
  // Add-one smoothing of the four cells.
  const joint = new Float64Array(4).fill(1)
  for (const b of oneToOne) joint[2 * repeatedS[b.srcStart] + repeatedT[b.tgtStart]]++
  const total = oneToOne.length + 4
  return joint.map((count, cell) => {
    // Two unique paragraphs are the norm and no evidence either way; crediting them would favour
    // one-to-one beads over every other shape, which get no such term.
    if (cell === 0) return 0
    const byChance = (cell >> 1 ? shareS : 1 - shareS) * (cell & 1 ? shareT : 1 - shareT)
    return Math.max(-MAX_REPEAT_PENALTY, Math.min(MAX_REPEAT_SUPPORT, Math.log(count / total / byChance)))
  })
}

/** keep[w] = how often w, when in a bead, is on both of its sides (Dice), smoothed towards the prior. */
function reestimateKeep(shared: SharedTokens, prior: Float64Array, beads: BeadRange[]): Float64Array {
  const vocabularySize = shared.vocabulary.length
  const both = new Float64Array(vocabularySize)
  const sides = new Float64Array(vocabularySize)
  // Bead number that last saw each token on each side, so a token counts once per bead side.
  const seenInSource = new Int32Array(vocabularySize).fill(-1)
  const seenInTarget = new Int32Array(vocabularySize).fill(-1)
  beads.forEach((b, beadNumber) => {
    if (b.srcStart === b.srcEnd || b.tgtStart === b.tgtEnd) return
    for (let i = b.srcStart; i < b.srcEnd; i++) {
      const ids = shared.source[i]
      for (let x = 0; x < ids.length; x++) {
        const w = ids[x]
        if (seenInSource[w] === beadNumber) continue
        seenInSource[w] = beadNumber
        sides[w]++
      }
    }
    for (let j = b.tgtStart; j < b.tgtEnd; j++) {
      const ids = shared.target[j]
      for (let x = 0; x < ids.length; x++) {
        const w = ids[x]
        if (seenInTarget[w] === beadNumber) continue
        seenInTarget[w] = beadNumber
        sides[w]++
        if (seenInSource[w] === beadNumber) both[w]++
      }
    }
  })
  const keep = new Float64Array(vocabularySize)
  for (let w = 0; w < vocabularySize; w++) keep[w] = (2 * both[w] + PRIOR_OCCURRENCES * prior[w]) / (sides[w] + PRIOR_OCCURRENCES)
  return keep
}

/**
 * Shape priors from the first pass's bead counts. Shapes that pass did not search (`searched[k]`
 * is 0) keep their prior share; the others split the rest in proportion to their smoothed counts.
 */
function reestimateShapePriors(beads: BeadRange[], prior: number[], searched: Uint8Array): number[] {
  const counts = new Array<number>(SHAPE_COUNT).fill(0)
  for (const b of beads) {
    const index = shapeIndex(b.srcEnd - b.srcStart, b.tgtEnd - b.tgtStart)
    if (index >= 0) counts[index]++
  }
  const smoothedCounts = counts.map((count, k) => (searched[k] ? count + PRIOR_BEADS * prior[k] : 0))
  const total = smoothedCounts.reduce((x, y) => x + y, 0)
  const searchedShare = prior.reduce((sum, p, k) => sum + (searched[k] ? p : 0), 0)
  return prior.map((p, k) => (searched[k] ? (searchedShare * smoothedCounts[k]) / total : p))
}
