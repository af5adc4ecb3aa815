// Bead costs: -log P(shape) - log-likelihood ratio (related vs unrelated) of the paragraphs in the
// bead, summed over signals that survive translation: length, shared tokens, sentence count,
// how the paragraphs begin and end, recurrence (boilerplate), and for joins, splits and moved
// sentences where the breaks fall.
import { BEAD_SHAPES, MAX_SPAN, SHAPE_A, SHAPE_B, SHAPE_COUNT, shapeIndex } from './bead-shapes'
import { END_CLASSES, type ParagraphFeatures, START_CLASSES } from './features'
import { createJoinModel, crossSupportLlr, type JoinModel, joinLlr, movedSentenceLlr } from './joins'
import { LENGTH_SMOOTHING, type ModelParameters } from './model'
import type { Pair } from './pair'
import { type Runs, runLogLengths, runStatistics, runSums } from './runs'
import { createSupportCache, type SupportCache } from './support-cache'
import { tokenWeights } from './token-evidence'

// Share of true translations whose length is off by more than the pair's spread (a rewritten
// clause, a dropped aside): a second normal this many times as wide as the first.
const LENGTH_OUTLIER_SHARE = 0.05
const LENGTH_OUTLIER_SCALE = 2.5
// A few translations are far off whatever the pair's spread (a translator's note inside a paragraph):
// a third, wide component keeps one odd ratio from ruling a bead out.
const LENGTH_FAR_SHARE = 0.005
const LENGTH_FAR_SIGMA = 1.0
// Unrelated paragraphs differ in log length by at least this much in any real text; tiny
// documents give no estimate of their own.
const MIN_UNRELATED_SIGMA = 0.5
// Sentence counts are compared up to this size (longer runs are rare and as telling as this).
const MAX_SENTENCE_DIFFERENCE = 24
// Even single-sentence translations sometimes gain or lose a sentence break.
const MIN_SENTENCE_VARIANCE = 0.05
// Share of translations whose sentence count is off for reasons the normal does not cover (a
// sentence splitter's mistake, a rewritten passage), spread with this decay per extra sentence.
const SENTENCE_OUTLIER_SHARE = 0.05
const SENTENCE_OUTLIER_DECAY = 0.5
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI)
// The related length density is tabulated over this range of log ratios, at this resolution.
const TABLE_RANGE = 8
const TABLE_STEPS = 256

const ONE_TO_ONE = shapeIndex(1, 1)
// The methods below copy module constants into locals first: bundled, these are module variables,
// which V8 loads again (with their arrays' bounds) on every use inside a loop.

export type Scorer = {
  /** Cost of a 0-sided bead of this shape. */
  nullCost: Float64Array
  /** Must be called before costing cells of source position i (marks the tokens of its source runs). */
  prepareRow(i: number): void
  /** Writes the cost of each shape k ending at node (i, j) to out[base + k]; skips k when usable[k] is 0. */
  cellCosts(i: number, j: number, usable: Uint8Array, out: Float32Array, base: number): void
}

function logNormal(x: number, mean: number, sigma: number): number {
  const z = (x - mean) / sigma
  return -0.5 * z * z - Math.log(sigma) - LOG_SQRT_2PI
}

/** log of the related density of the length log-ratio: a narrow normal, a wider one and a wide one for outliers. */
function relatedLengthTable(sigma: number): Float64Array {
  const table = new Float64Array(2 * TABLE_RANGE * TABLE_STEPS + 1)
  const logInlier = Math.log(1 - LENGTH_OUTLIER_SHARE - LENGTH_FAR_SHARE)
  const logOutlier = Math.log(LENGTH_OUTLIER_SHARE)
  const logFar = Math.log(LENGTH_FAR_SHARE)
  for (let x = 0; x < table.length; x++) {
    const delta = x / TABLE_STEPS - TABLE_RANGE
    const inlier = logInlier + logNormal(delta, 0, sigma)
    const outlier = logOutlier + logNormal(delta, 0, LENGTH_OUTLIER_SCALE * sigma)
    const far = logFar + logNormal(delta, 0, LENGTH_FAR_SIGMA)
    const hi = Math.max(inlier, outlier, far)
    table[x] = hi + Math.log(Math.exp(inlier - hi) + Math.exp(outlier - hi) + Math.exp(far - hi))
  }
  return table
}

function lookup(table: Float64Array, delta: number): number {
  const x = Math.min(table.length - 1.001, Math.max(0, (delta + TABLE_RANGE) * TABLE_STEPS))
  const k = x | 0
  return table[k] + (x - k) * (table[k + 1] - table[k])
}

/** Distribution of sentence counts over runs of k paragraphs (index = count, capped), add-one smoothed. */
function sentenceHistograms(sentences: Int32Array[]): Float64Array[] {
  return sentences.map((counts, k) => {
    const histogram = new Float64Array(MAX_SENTENCE_DIFFERENCE + 1)
    for (let end = k; end < counts.length && k > 0; end++) histogram[Math.max(0, Math.min(MAX_SENTENCE_DIFFERENCE, counts[end]))]++
    const total = Math.max(0, counts.length - k)
    return histogram.map((count) => (count + 1) / (total + histogram.length))
  })
}

/** log P(target count - source count = d) for unrelated runs, indexed d + MAX_SENTENCE_DIFFERENCE. */
function unrelatedSentenceTable(source: Float64Array, target: Float64Array): Float64Array {
  const table = new Float64Array(2 * MAX_SENTENCE_DIFFERENCE + 1)
  for (let s = 0; s < source.length; s++) {
    for (let t = 0; t < target.length; t++) table[t - s + MAX_SENTENCE_DIFFERENCE] += source[s] * target[t]
  }
  return table.map(Math.log)
}

/** A distribution over d = -MAX_SENTENCE_DIFFERENCE..MAX_SENTENCE_DIFFERENCE, normalised, from unnormalised weights. */
function normalisedOverDifferences(weight: (d: number) => number): Float64Array {
  const table = new Float64Array(2 * MAX_SENTENCE_DIFFERENCE + 1)
  for (let d = -MAX_SENTENCE_DIFFERENCE; d <= MAX_SENTENCE_DIFFERENCE; d++) table[d + MAX_SENTENCE_DIFFERENCE] = weight(d)
  let total = 0
  for (const p of table) total += p
  return table.map((p) => p / total)
}

/**
 * log P(target count - source count = d | translation), by mean count n: a discretised normal whose
 * variance grows with the number of sentences a translator could join or split, plus a heavy tail.
 * Indexed [min(n, MAX_SENTENCE_DIFFERENCE)][d + MAX_SENTENCE_DIFFERENCE].
 */
function relatedSentenceTables(variancePerSentence: number): Float64Array[] {
  const tail = normalisedOverDifferences((d) => SENTENCE_OUTLIER_DECAY ** Math.abs(d))
  const tables: Float64Array[] = []
  for (let n = 0; n <= MAX_SENTENCE_DIFFERENCE; n++) {
    const variance = Math.max(MIN_SENTENCE_VARIANCE, variancePerSentence * n)
    const normal = normalisedOverDifferences((d) => Math.exp((-d * d) / (2 * variance)))
    tables.push(normal.map((p, x) => Math.log((1 - SENTENCE_OUTLIER_SHARE) * p + SENTENCE_OUTLIER_SHARE * tail[x])))
  }
  return tables
}

function endClassShares(paragraphs: ParagraphFeatures[]): Float64Array {
  const shares = new Float64Array(END_CLASSES.length).fill(1)
  for (const p of paragraphs) shares[p.endClass]++
  const total = paragraphs.length + END_CLASSES.length
  return shares.map((count) => count / total)
}

/** The unrelated length (a normal on the log ratio) and sentence models of each shape. */
type UnrelatedModel = { mean: Float64Array; precision: Float64Array; logNorm: Float64Array; sentences: Float64Array[] }

function unrelatedModel(runsS: Runs, runsT: Runs, logLengthS: Float64Array[], logLengthT: Float64Array[]): UnrelatedModel {
  const lengthsS = runStatistics(logLengthS)
  const lengthsT = runStatistics(logLengthT)
  const histogramsS = sentenceHistograms(runsS.sentences)
  const histogramsT = sentenceHistograms(runsT.sentences)
  const model: UnrelatedModel = { mean: new Float64Array(SHAPE_COUNT), precision: new Float64Array(SHAPE_COUNT), logNorm: new Float64Array(SHAPE_COUNT), sentences: [] }
  BEAD_SHAPES.forEach(([a, b], k) => {
    if (a === 0 || b === 0) {
      model.sentences.push(new Float64Array(0))
      return
    }
    const sigma = Math.max(MIN_UNRELATED_SIGMA, Math.sqrt(lengthsT.variance[b] + lengthsS.variance[a]))
    model.mean[k] = lengthsT.mean[b] - lengthsS.mean[a]
    model.precision[k] = 1 / (sigma * sigma)
    model.logNorm[k] = -Math.log(sigma) - LOG_SQRT_2PI
    model.sentences.push(unrelatedSentenceTable(histogramsS[a], histogramsT[b]))
  })
  return model
}

/** One class per paragraph, as bytes. */
function classes(paragraphs: ParagraphFeatures[], which: 'startClass' | 'endClass'): Uint8Array {
  const out = new Uint8Array(paragraphs.length)
  for (let k = 0; k < paragraphs.length; k++) out[k] = paragraphs[k][which]
  return out
}

export function createScorer(pair: Pair, params: ModelParameters): Scorer {
  return new PairScorer(pair, params)
}

/**
 * A class rather than closures: the first and the second pass each make a scorer, and methods
 * shared by both keep the machine code V8 optimised in the first pass (new closures would be
 * compiled again, running unoptimised meanwhile).
 */
class PairScorer implements Scorer {
  readonly nullCost: Float64Array
  private readonly source: ParagraphFeatures[]
  private readonly target: ParagraphFeatures[]
  private readonly tokensS: Int32Array[]
  private readonly tokensT: Int32Array[]
  private readonly sentencesS: Int32Array[]
  private readonly sentencesT: Int32Array[]
  private readonly repeatedS: Uint8Array
  private readonly repeatedT: Uint8Array
  private readonly repeatLlr: Float64Array
  private readonly startLlr: Float64Array
  private readonly startS: Uint8Array
  private readonly startT: Uint8Array
  private readonly endS: Uint8Array
  private readonly endT: Uint8Array
  private readonly gain: Float64Array
  private readonly joinModel: JoinModel
  private readonly logLengthS: Float64Array[]
  private readonly logLengthT: Float64Array[]
  private readonly missS: Float64Array[]
  private readonly missT: Float64Array[]
  /** markRow[w] === i: token w is in a source run ending at i, the shortest such run being markSpan[w] long. */
  private readonly markRow: Int32Array
  private readonly markSpan: Uint8Array
  /** seenInCell[w] === cellStamp: token w was already counted for the cell being costed. */
  private readonly seenInCell: Int32Array
  private cellStamp = 0
  /** within[MAX_SPAN × (s - 1) + y]: gains of the tokens of target paragraph j - 1 - y (and none nearer) whose shortest source run is s long. */
  private readonly within = new Float64Array(MAX_SPAN * MAX_SPAN)
  /** found[k]: gains of the tokens the two sides of shape k share, for the cell being costed. */
  private readonly found = new Float64Array(SHAPE_COUNT)
  private readonly supportCache: SupportCache
  private readonly pairs = new Float64Array(MAX_SPAN * MAX_SPAN)
  private readonly supports = new Float64Array(MAX_SPAN)
  private readonly relatedSentences: Float64Array[]
  private readonly relatedLength: Float64Array
  private readonly unrelated: UnrelatedModel
  private readonly endSame: number
  private readonly endDifferent: number
  /** Per shape: -log of its prior. */
  private readonly prior: Float64Array

  constructor(pair: Pair, params: ModelParameters) {
    const { source, target, shared, sourceRuns: runsS, targetRuns: runsT } = pair
    this.source = source
    this.target = target
    this.tokensS = shared.source
    this.tokensT = shared.target
    this.sentencesS = runsS.sentences
    this.sentencesT = runsT.sentences
    this.repeatedS = pair.repeatedS
    this.repeatedT = pair.repeatedT
    this.repeatLlr = params.repeatLlr
    this.startLlr = params.startLlr
    this.startS = classes(source, 'startClass')
    this.startT = classes(target, 'startClass')
    this.endS = classes(source, 'endClass')
    this.endT = classes(target, 'endClass')
    const weights = tokenWeights(shared, params.keep)
    this.gain = weights.gain
    this.joinModel = createJoinModel(weights.gain, params.supportRate, params.supportByChance)
    this.logLengthS = runLogLengths(runsS, params.lengthRatio, LENGTH_SMOOTHING)
    this.logLengthT = runLogLengths(runsT, 1, LENGTH_SMOOTHING)
    const vocabularySize = shared.vocabulary.length
    this.missS = runSums(shared.source, vocabularySize, weights.missInTarget)
    this.missT = runSums(shared.target, vocabularySize, weights.missInSource)
    this.markRow = new Int32Array(vocabularySize).fill(-1)
    this.markSpan = new Uint8Array(vocabularySize)
    this.seenInCell = new Int32Array(vocabularySize)
    this.supportCache = createSupportCache(shared, weights.gain)
    this.relatedSentences = relatedSentenceTables(params.sentenceVariance)
    this.relatedLength = relatedLengthTable(params.lengthSigma)
    this.unrelated = unrelatedModel(runsS, runsT, this.logLengthS, this.logLengthT)
    const sharesS = endClassShares(source)
    const sharesT = endClassShares(target)
    let sameByChance = 0
    for (let e = 0; e < END_CLASSES.length; e++) sameByChance += sharesS[e] * sharesT[e]
    this.endSame = Math.log(params.endAgreement / sameByChance)
    this.endDifferent = Math.log((1 - params.endAgreement) / (1 - sameByChance))
    this.prior = Float64Array.from(params.shapePriors, (p) => -Math.log(p))
    this.nullCost = this.prior
  }

  prepareRow(i: number): void {
    const { markRow, markSpan } = this
    const maxSpan = MAX_SPAN
    for (let a = 1; a <= maxSpan && a <= i; a++) {
      const tokens = this.tokensS[i - a]
      for (let x = 0; x < tokens.length; x++) {
        const w = tokens[x]
        if (markRow[w] === i) continue
        markRow[w] = i
        markSpan[w] = a
      }
    }
  }

  cellCosts(i: number, j: number, usable: Uint8Array, out: Float32Array, base: number): void {
    const shapeA = SHAPE_A
    const shapeB = SHAPE_B
    const shapeCount = SHAPE_COUNT
    this.findShared(i, j)
    if (i > 0 && j > 0) this.supportCache.put(i, j, this.found[ONE_TO_ONE])
    for (let k = 0; k < shapeCount; k++) {
      if (usable[k] === 0) continue
      const a = shapeA[k]
      const b = shapeB[k]
      if (a === 0 || b === 0) out[base + k] = this.prior[k]
      else this.writeCost(k, a, b, i, j, out, base + k)
    }
  }

  /**
   * Fills `found` for cell (i, j): one pass over each of the last MAX_SPAN target paragraphs, each
   * token counted once (at its nearest paragraph) and checked against all source runs at once.
   */
  private findShared(i: number, j: number): void {
    const shapeA = SHAPE_A
    const shapeB = SHAPE_B
    const shapeCount = SHAPE_COUNT
    const maxSpan = MAX_SPAN
    const { within, found, markRow, markSpan, seenInCell, gain } = this
    within.fill(0)
    const stamp = ++this.cellStamp
    for (let y = 0; y < maxSpan && y < j; y++) {
      const tokens = this.tokensT[j - 1 - y]
      for (let x = 0; x < tokens.length; x++) {
        const w = tokens[x]
        if (markRow[w] !== i || seenInCell[w] === stamp) continue
        seenInCell[w] = stamp
        within[maxSpan * (markSpan[w] - 1) + y] += gain[w]
      }
    }
    for (let k = 0; k < shapeCount; k++) {
      const a = shapeA[k]
      const b = shapeB[k]
      let sum = 0
      for (let s = 0; s < a; s++) for (let y = 0; y < b; y++) sum += within[maxSpan * s + y]
      found[k] = sum
    }
  }

  /**
   * Writes out[index] = the cost of shape k (a source, b target paragraphs) ending at (i, j): its
   * prior less the log-likelihood ratio of every signal, the shared-token gains (`found`) included.
   * (Written here rather than returned: a double returned from a function V8 does not inline is
   * allocated on the heap, and this runs for every cell and shape.)
   */
  private writeCost(k: number, a: number, b: number, i: number, j: number, out: Float32Array, index: number): void {
    const maxSpan = MAX_SPAN
    const maxDifference = MAX_SENTENCE_DIFFERENCE
    const startClasses = START_CLASSES
    const { unrelated, prior, found, pairs, supports, repeatLlr, repeatedS, repeatedT, source, target, joinModel } = this
    const delta = this.logLengthT[b][j] - this.logLengthS[a][i]
    const z = delta - unrelated.mean[k]
    const length = lookup(this.relatedLength, delta) - (unrelated.logNorm[k] - 0.5 * z * z * unrelated.precision[k])
    const sentencesS = this.sentencesS[a][i]
    const sentencesT = this.sentencesT[b][j]
    const d = Math.max(-maxDifference, Math.min(maxDifference, sentencesT - sentencesS)) + maxDifference
    const n = Math.min(maxDifference, (sentencesS + sentencesT) >> 1)
    const sentences = this.relatedSentences[n][d] - unrelated.sentences[k][d]
    const end = this.endS[i - 1] === this.endT[j - 1] ? this.endSame : this.endDifferent
    const llr = length + sentences + end + this.missS[a][i] + this.missT[b][j] + this.startLlr[startClasses.length * this.startS[i - a] + this.startT[j - b]]
    if (a === 1 && b === 1) {
      out[index] = prior[k] - (llr + repeatLlr[2 * repeatedS[i - 1] + repeatedT[j - 1]]) - found[k]
      return
    }
    // pairs[x * maxSpan + y]: gain shared by source paragraph i - 1 - x and target paragraph j - 1 - y.
    for (let x = 0; x < a; x++) for (let y = 0; y < b; y++) pairs[x * maxSpan + y] = this.supportCache.get(i - x, j - y)
    if (b === 1) {
      // Parts in document order: source paragraph i - a + k pairs with x = a - 1 - k.
      for (let k = 0; k < a; k++) supports[k] = pairs[(a - 1 - k) * maxSpan]
      out[index] = prior[k] - (llr + joinLlr(source, i - a, a, target[j - 1], supports, joinModel)) - found[k]
      return
    }
    if (a === 1) {
      // A piece cut from a translation does not recur in it, boilerplate does. (A recurring
      // original paragraph, such as a heading, may well be merged into the next: no such term.)
      let repeats = 0
      for (let k = 0; k < b; k++) {
        supports[k] = pairs[b - 1 - k]
        repeats += repeatLlr[2 * repeatedS[i - 1] + repeatedT[j - b + k]]
      }
      out[index] = prior[k] - (llr + repeats + joinLlr(target, j - b, b, source[i - 1], supports, joinModel)) - found[k]
      return
    }
    const moved = a === 2 && b === 2 ? movedSentenceLlr(source[i - 2], source[i - 1], target[j - 2], target[j - 1]) : 0
    out[index] = prior[k] - (llr + moved + crossSupportLlr(pairs, maxSpan, a, b, joinModel)) - found[k]
  }
}
