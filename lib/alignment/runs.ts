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
}

export function buildRuns(paragraphs: ParagraphFeatures[]): Runs {
  const n = paragraphs.length
  const runs: Runs = { characters: [], sentences: [] }
  for (let k = 0; k <= MAX_SPAN; k++) {
    const characters = new Float64Array(n + 1)
    const sentences = new Int32Array(n + 1)
    for (let end = Math.max(1, k); end <= n && k > 0; end++) {
      sentences[end] = runSentenceCount(paragraphs, end - k, end)
      for (let p = end - k; p < end; p++) characters[end] += paragraphs[p].length
    }
    runs.characters.push(characters)
    runs.sentences.push(sentences)
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
  return runs.characters.map((characters) => {
    const logs = new Float64Array(characters.length)
    for (let end = 0; end < characters.length; end++) logs[end] = Math.log(scale * characters[end] + smoothing)
    return logs
  })
}

/**
 * Sum of a per-token weight over the distinct tokens of every run of k paragraphs (index k, then
 * the run's end). `tokenIds` holds each paragraph's distinct shared token ids.
 */
export function runSums(tokenIds: Int32Array[], vocabularySize: number, weight: Float64Array): Float64Array[] {
  const n = tokenIds.length
  const seen = new Int32Array(vocabularySize).fill(-1)
  let stamp = 0
  const sums: Float64Array[] = []
  for (let k = 0; k <= MAX_SPAN; k++) {
    const perEnd = new Float64Array(n + 1)
    for (let end = Math.max(1, k); end <= n && k > 0; end++) {
      stamp++
      let sum = 0
      for (let p = end - k; p < end; p++) {
        const ids = tokenIds[p]
        for (let x = 0; x < ids.length; x++) {
          const w = ids[x]
          if (seen[w] === stamp) continue
          seen[w] = stamp
          sum += weight[w]
        }
      }
      perEnd[end] = sum
    }
    sums.push(perEnd)
  }
  return sums
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
