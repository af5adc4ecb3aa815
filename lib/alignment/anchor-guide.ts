// A first guess of the alignment path from rare tokens (numbers, names, code) that occur equally
// often on both sides: their k-th occurrences are paired, and the longest chain of pairs that
// increases on both sides is kept. The first search then runs in a narrow band around the guide
// instead of a wide one around the diagonal.
import { interpolatedGuide, type Guide } from './band'
import type { Span } from './search'
import type { SharedTokens } from './shared-tokens'

// Tokens occurring more often than this are too common to pair their occurrences reliably.
const MAX_OCCURRENCES = 8

type Point = readonly [number, number]

/** Paired occurrences as lattice nodes (before and after the paragraph pair), relative to the span. */
function pairedOccurrences(shared: SharedTokens, span: Span): Point[] {
  const size = shared.vocabulary.length
  const countS = new Int32Array(size)
  const countT = new Int32Array(size)
  for (let p = span.srcStart; p < span.srcEnd; p++) for (const w of shared.source[p]) countS[w]++
  for (let q = span.tgtStart; q < span.tgtEnd; q++) for (const w of shared.target[q]) countT[w]++
  const firstSlot = new Int32Array(size + 1)
  for (let w = 0; w < size; w++) {
    const isPaired = countS[w] === countT[w] && countS[w] <= MAX_OCCURRENCES
    firstSlot[w + 1] = firstSlot[w] + (isPaired ? countS[w] : 0)
  }
  const sourceAt = new Int32Array(firstSlot[size])
  const seen = new Int32Array(size)
  for (let p = span.srcStart; p < span.srcEnd; p++) {
    for (const w of shared.source[p]) if (firstSlot[w + 1] > firstSlot[w]) sourceAt[firstSlot[w] + seen[w]++] = p - span.srcStart
  }
  seen.fill(0)
  const points: Point[] = []
  for (let q = span.tgtStart; q < span.tgtEnd; q++) {
    for (const w of shared.target[q]) {
      if (firstSlot[w + 1] > firstSlot[w]) points.push([sourceAt[firstSlot[w] + seen[w]++], q - span.tgtStart])
    }
  }
  return points
}

/** Longest chain of points strictly increasing in both coordinates (patience sorting, O(P log P)). */
function longestChain(points: Point[]): Point[] {
  const sorted = [...points].sort((x, y) => x[0] - y[0] || y[1] - x[1])
  const tails: number[] = []
  const tailIndex: number[] = []
  const previous = new Int32Array(sorted.length)
  sorted.forEach(([, j], k) => {
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
  })
  const chain: Point[] = []
  for (let k = tails.length ? tailIndex[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(sorted[k])
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
