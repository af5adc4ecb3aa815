// Per-side tables over runs of k = 0..MAX_SPAN consecutive paragraphs (one side of a bead),
// indexed by the run's end: run [end - k, end). Costing a bead is then a few array reads.
import { MAX_SPAN } from './bead-shapes'
import { END_CLASSES, type ParagraphFeatures } from './features'

const STOP = END_CLASSES.indexOf('stop')

/** What does not depend on the model parameters; built once per document. */
export type Runs = {
  characters: Float64Array[]
  /** Sentences of each run, counting a paragraph without final full stop as part of the next sentence. */
  sentences: Int32Array[]
  /** Distinct shared tokens of run [end - k, end): tokens[k].subarray(tokenStart[k][end], tokenStart[k][end + 1]). */
  tokens: Int32Array[]
  tokenStart: Int32Array[]
}

export function buildRuns(paragraphs: ParagraphFeatures[], tokenIds: Int32Array[], vocabularySize: number): Runs {
  const n = paragraphs.length
  const runs: Runs = { characters: [], sentences: [], tokens: [], tokenStart: [] }
  const seen = new Int32Array(vocabularySize).fill(-1)
  let stamp = 0
  let tokenCount = 0
  for (const ids of tokenIds) tokenCount += ids.length
  for (let k = 0; k <= MAX_SPAN; k++) {
    const characters = new Float64Array(n + 1)
    const sentences = new Int32Array(n + 1)
    const tokenStart = new Int32Array(n + 2)
    const tokens = new Int32Array(k * tokenCount)
    let filled = 0
    for (let end = 0; end <= n; end++) {
      tokenStart[end] = filled
      if (k === 0 || end < k) continue
      stamp++
      sentences[end] = runSentenceCount(paragraphs, end - k, end)
      for (let p = end - k; p < end; p++) {
        const paragraph = paragraphs[p]
        characters[end] += paragraph.length
        for (const w of tokenIds[p]) {
          if (seen[w] === stamp) continue
          seen[w] = stamp
          tokens[filled++] = w
        }
      }
    }
    tokenStart[n + 1] = filled
    runs.characters.push(characters)
    runs.sentences.push(sentences)
    runs.tokens.push(tokens.subarray(0, filled))
    runs.tokenStart.push(tokenStart)
  }
  return runs
}

/** Sentences of paragraphs [start, end) read as one text. */
export function runSentenceCount(paragraphs: ParagraphFeatures[], start: number, end: number): number {
  let count = 0
  for (let p = start; p < end; p++) {
    count += paragraphs[p].sentences
    // A heading or "as follows:" joined to the next paragraph continues its first sentence.
    if (p < end - 1 && paragraphs[p].endClass !== STOP) count--
  }
  return count
}

/** log(scale × characters + smoothing) of every run. */
export function runLogLengths(runs: Runs, scale: number, smoothing: number): Float64Array[] {
  return runs.characters.map((characters) => characters.map((c) => Math.log(scale * c + smoothing)))
}

/** Sum of a per-token weight over the distinct tokens of every run. */
export function runSums(runs: Runs, weight: Float64Array): Float64Array[] {
  return runs.tokenStart.map((start, k) => {
    const sums = new Float64Array(start.length - 1)
    const tokens = runs.tokens[k]
    for (let end = 0; end < sums.length; end++) {
      let sum = 0
      for (let x = start[end]; x < start[end + 1]; x++) sum += weight[tokens[x]]
      sums[end] = sum
    }
    return sums
  })
}

/** Mean and variance of a run table over all runs of k paragraphs (index k), for the unrelated model. */
export function runStatistics(table: ArrayLike<number>[]): { mean: number[]; variance: number[] } {
  const mean: number[] = []
  const variance: number[] = []
  table.forEach((values, k) => {
    let sum = 0
    let sumSq = 0
    const count = k > 0 ? Math.max(0, values.length - k) : 0
    for (let end = k; end < values.length && k > 0; end++) {
      sum += values[end]
      sumSq += values[end] * values[end]
    }
    const m = count ? sum / count : 0
    mean.push(m)
    variance.push(count ? Math.max(0, sumSq / count - m * m) : 0)
  })
  return { mean, variance }
}
