// A first guess of the alignment path from rare tokens (numbers, names, code) that occur equally
// often on both sides: their k-th occurrences are paired, and the longest chain of pairs that
// increases on both sides is kept. The first search then runs in a narrow band around the guide
// instead of a wide one around the diagonal.
import { interpolatedGuide, type Guide } from './band'
import type { Span } from './search'
import type { SharedTokens } from './shared-tokens'

// Tokens occurring more often than this are too common to pair their k-th occurrences reliably.
const MAX_OCCURRENCES = 8
// Locally unique occurrences are looked for within this many paragraphs: wider than the path
// drifts from the proportional diagonal by chance (a random walk of dropped and added paragraphs).
const MIN_LOCAL_WINDOW = 32
const LOCAL_WINDOW_SCALE = 2

type Point = readonly [number, number]

// Paired occurrences are collected as numbers, p × KEY_SCALE + (KEY_SCALE - 1 - q), which sort
// (without a comparator) by source paragraph and, within one, by target paragraph descending; a
// long document has tens of thousands of them. Exact for documents of up to 2^26 paragraphs.
const KEY_SCALE = 2 ** 26
const keyOf = (p: number, q: number) => p * KEY_SCALE + (KEY_SCALE - 1 - q)

/**
 * Paired occurrences as lattice nodes (source and target paragraph, relative to the span): the
 * k-th occurrences of tokens that occur equally often and rarely on both sides, and occurrences
 * that are locally unique (see localPairs).
 */
function pairedOccurrences(shared: SharedTokens, span: Span): number[] {
  const maxOccurrences = MAX_OCCURRENCES
  const size = shared.vocabulary.length
  const n = span.srcEnd - span.srcStart
  const m = span.tgtEnd - span.tgtStart
  const occurrencesS = occurrences(shared.source, span.srcStart, span.srcEnd, size)
  const occurrencesT = occurrences(shared.target, span.tgtStart, span.tgtEnd, size)
  const window = Math.max(MIN_LOCAL_WINDOW, Math.ceil(LOCAL_WINDOW_SCALE * Math.sqrt(Math.max(n, m))))
  const points: number[] = []
  const ps = occurrencesS.positions
  const qs = occurrencesT.positions
  for (let w = 0; w < size; w++) {
    // Token w's occurrences: ps[fromS .. toS) and qs[fromT .. toT) (no views: there are tens of thousands of tokens).
    const fromS = occurrencesS.start[w]
    const countS = occurrencesS.start[w + 1] - fromS
    const fromT = occurrencesT.start[w]
    const countT = occurrencesT.start[w + 1] - fromT
    if (countS === 0 || countT === 0) continue
    if (countS === countT && countS <= maxOccurrences) {
      for (let k = 0; k < countS; k++) points.push(keyOf(ps[fromS + k], qs[fromT + k]))
    } else localPairs(ps, fromS, countS, qs, fromT, countT, n, m, window, points)
  }
  return points
}

type Occurrences = { start: Int32Array; positions: Int32Array }

/** For every token, the paragraphs of [from, to) holding it (relative to from, increasing). */
function occurrences(tokens: Int32Array[], from: number, to: number, size: number): Occurrences {
  const start = new Int32Array(size + 1)
  for (let p = from; p < to; p++) {
    const ids = tokens[p]
    for (let x = 0; x < ids.length; x++) start[ids[x] + 1]++
  }
  for (let w = 0; w < size; w++) start[w + 1] += start[w]
  const positions = new Int32Array(start[size])
  const filled = start.slice(0, size)
  for (let p = from; p < to; p++) {
    const ids = tokens[p]
    for (let x = 0; x < ids.length; x++) positions[filled[ids[x]]++] = p - from
  }
  return { start, positions }
}

/** Whether occurrence k of xs[from .. from + count) has no other occurrence within `window`. */
function isIsolated(xs: Int32Array, from: number, count: number, k: number, window: number): boolean {
  return (k === 0 || xs[from + k] - xs[from + k - 1] > window) && (k === count - 1 || xs[from + k + 1] - xs[from + k] > window)
}

/**
 * A token too frequent to pair its k-th occurrences (a long document's recurring terms, a text that
 * repeats itself) still marks the path where it is locally unique: an occurrence with no other one
 * within `window` paragraphs pairs with the one occurrence, equally isolated, within `window` of its
 * proportional position on the other side. The occurrences are ps[fromS .. fromS + countS) and
 * qs[fromT .. fromT + countT).
 */
function localPairs(ps: Int32Array, fromS: number, countS: number, qs: Int32Array, fromT: number, countT: number, n: number, m: number, window: number, points: number[]): void {
  const slope = m / Math.max(1, n)
  let first = 0
  for (let a = 0; a < countS; a++) {
    if (!isIsolated(ps, fromS, countS, a, window)) continue
    const expected = ps[fromS + a] * slope
    while (first < countT && qs[fromT + first] < expected - window) first++
    if (first >= countT) break
    if (qs[fromT + first] > expected + window) continue
    if (first + 1 < countT && qs[fromT + first + 1] <= expected + window) continue
    if (isIsolated(qs, fromT, countT, first, window)) points.push(keyOf(ps[fromS + a], qs[fromT + first]))
  }
}

/** Longest chain of points strictly increasing in both coordinates (patience sorting, O(P log P)). */
function longestChain(keys: number[]): Point[] {
  const sorted = new Float64Array(keys).sort()
  const tails: number[] = []
  const tailIndex: number[] = []
  const previous = new Int32Array(sorted.length)
  for (let k = 0; k < sorted.length; k++) {
    const j = KEY_SCALE - 1 - (sorted[k] % KEY_SCALE)
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tails[mid] < j) lo = mid + 1
      else hi = mid
    }
    tails[lo] = j
    tailIndex[lo] = k
    previous[k] = lo > 0 ? tailIndex[lo - 1] : -1
  }
  const chain: Point[] = []
  for (let k = tails.length ? tailIndex[tails.length - 1] : -1; k >= 0; k = previous[k]) {
    const key = sorted[k]
    chain.push([Math.floor(key / KEY_SCALE), KEY_SCALE - 1 - (key % KEY_SCALE)])
  }
  return chain.reverse()
}

export function anchorGuide(shared: SharedTokens, span: Span): Guide {
  const n = span.srcEnd - span.srcStart
  const m = span.tgtEnd - span.tgtStart
  const points: Point[] = [[0, 0]]
  for (const [p, q] of longestChain(pairedOccurrences(shared, span))) {
    const [i, j] = points[points.length - 1]
    // The pair's bead runs from node (p, q) to (p + 1, q + 1); keep the guide monotone.
    if (p >= i && q >= j) points.push([p, q], [p + 1, q + 1])
  }
  const [i, j] = points[points.length - 1]
  if (i < n || j < m) points.push([n, m])
  return interpolatedGuide(points)
}
