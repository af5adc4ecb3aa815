// Dynamic programming over a band of the lattice: bead costs, the best path (Viterbi) and the
// posterior probability of each bead on it (forward-backward), all linear in the band size.
import { type Band, cellIndex } from './band'
import { SHAPE_A, SHAPE_B, SHAPE_COUNT } from './bead-shapes'
import type { Scorer } from './scorer'

/** A stretch of the documents: source paragraphs [srcStart, srcEnd), target [tgtStart, tgtEnd). */
export type Span = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }

export type PathStep = { shape: number; i: number; j: number }

// The hot loops below copy module constants into locals first: bundled, these are module
// variables, which V8 loads again (with their arrays' bounds) on every use inside a loop.

/** Costs computed for an earlier band of the same search (same span, scorer and shapes). */
export type EarlierCosts = { band: Band; costs: Float32Array }

/**
 * costs[cell × SHAPE_COUNT + k] = cost of the bead of shape k ending at that cell (Infinity when it
 * would start outside the band). `onRow` is told how many rows are done. Cells of `earlier` whose
 * every bead the new band allows was allowed there too are copied rather than costed again: a
 * band widened where the path pressed against its edge shares most of its cells with the last one.
 */
export function computeCosts(band: Band, span: Span, scorer: Scorer, shapes: Uint8Array, onRow?: (row: number) => void, earlier?: EarlierCosts): Float32Array {
  const shapeA = SHAPE_A
  const shapeB = SHAPE_B
  const shapeCount = SHAPE_COUNT
  const costs = new Float32Array(band.size * shapeCount).fill(Infinity)
  const usable = new Uint8Array(shapeCount)
  for (let i = 0; i < band.rows; i++) {
    let isPrepared = false
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      // Only beads that start inside the span and the band are part of this search.
      let any = 0
      for (let k = 0; k < shapeCount; k++) {
        const from = i - shapeA[k]
        const to = j - shapeB[k]
        usable[k] = shapes[k] === 1 && from >= 0 && to >= band.lo[from] && to <= band.hi[from] ? 1 : 0
        any |= usable[k]
      }
      if (!any) continue
      const base = (band.offset[i] + j - band.lo[i]) * shapeCount
      const old = earlier ? cellIndex(earlier.band, i, j) : -1
      if (old >= 0 && earlier && copyCell(earlier.costs, old * shapeCount, costs, base, usable)) continue
      if (!isPrepared && i > 0) scorer.prepareRow(span.srcStart + i)
      isPrepared = true
      scorer.cellCosts(span.srcStart + i, span.tgtStart + j, usable, costs, base)
    }
    onRow?.(i)
  }
  return costs
}

/** Copies a cell's costs when every usable shape has one (was usable in the earlier band). */
function copyCell(from: Float32Array, fromBase: number, to: Float32Array, toBase: number, usable: Uint8Array): boolean {
  const shapeCount = SHAPE_COUNT
  for (let k = 0; k < shapeCount; k++) if (usable[k] === 1 && from[fromBase + k] === Infinity) return false
  for (let k = 0; k < shapeCount; k++) if (usable[k] === 1) to[toBase + k] = from[fromBase + k]
  return true
}

/** The cheapest path from (0, 0) to the band's last cell, as bead steps in document order. */
export function bestPath(band: Band, costs: Float32Array): PathStep[] {
  const shapeA = SHAPE_A
  const shapeB = SHAPE_B
  const shapeCount = SHAPE_COUNT
  const score = new Float64Array(band.size).fill(Infinity)
  const back = new Int8Array(band.size).fill(-1)
  score[0] = 0
  for (let i = 0; i < band.rows; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const cell = band.offset[i] + j - band.lo[i]
      const base = cell * shapeCount
      for (let k = 0; k < shapeCount; k++) {
        const cost = costs[base + k]
        if (cost === Infinity) continue
        const total = score[cellIndex(band, i - shapeA[k], j - shapeB[k])] + cost
        if (total < score[cell]) {
          score[cell] = total
          back[cell] = k
        }
      }
    }
  }
  const steps: PathStep[] = []
  let i = band.rows - 1
  let j = band.columns
  while (i > 0 || j > 0) {
    const k = back[cellIndex(band, i, j)]
    steps.push({ shape: k, i, j })
    i -= shapeA[k]
    j -= shapeB[k]
  }
  return steps.reverse()
}

/**
 * Posterior probability of each step: the share of all alignments in the band (weighted by
 * exp(-cost / temperature)) that contain that bead.
 */
export function stepPosteriors(band: Band, costs: Float32Array, steps: PathStep[], temperature: number): Float64Array {
  const shapeA = SHAPE_A
  const shapeB = SHAPE_B
  const shapeCount = SHAPE_COUNT
  const forward = new Float64Array(band.size).fill(-Infinity)
  const backward = new Float64Array(band.size).fill(-Infinity)
  const terms = new Float64Array(shapeCount)
  forward[0] = 0
  for (let i = 0; i < band.rows; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const cell = band.offset[i] + j - band.lo[i]
      const base = cell * shapeCount
      let max = -Infinity
      for (let k = 0; k < shapeCount; k++) {
        const cost = costs[base + k]
        terms[k] = cost === Infinity ? -Infinity : forward[cellIndex(band, i - shapeA[k], j - shapeB[k])] - cost / temperature
        if (terms[k] > max) max = terms[k]
      }
      if (max === -Infinity) continue
      let sum = 0
      // A bead that cannot be taken adds exp(-Infinity) = 0: skipping it changes nothing and saves the exp.
      for (let k = 0; k < shapeCount; k++) if (terms[k] !== -Infinity) sum += Math.exp(terms[k] - max)
      forward[cell] = max + Math.log(sum)
    }
  }
  backward[band.size - 1] = 0
  for (let i = band.rows - 1; i >= 0; i--) {
    for (let j = band.hi[i]; j >= band.lo[i]; j--) {
      const cell = band.offset[i] + j - band.lo[i]
      if (cell === band.size - 1) continue
      let max = -Infinity
      for (let k = 0; k < shapeCount; k++) {
        const next = cellIndex(band, i + shapeA[k], j + shapeB[k])
        const cost = next < 0 ? Infinity : costs[next * shapeCount + k]
        terms[k] = cost === Infinity ? -Infinity : backward[next] - cost / temperature
        if (terms[k] > max) max = terms[k]
      }
      if (max === -Infinity) continue
      let sum = 0
      // A bead that cannot be taken adds exp(-Infinity) = 0: skipping it changes nothing and saves the exp.
      for (let k = 0; k < shapeCount; k++) if (terms[k] !== -Infinity) sum += Math.exp(terms[k] - max)
      backward[cell] = max + Math.log(sum)
    }
  }
  const total = forward[band.size - 1]
  return Float64Array.from(steps, ({ shape, i, j }) => {
    const cell = cellIndex(band, i, j)
    const from = cellIndex(band, i - shapeA[shape], j - shapeB[shape])
    const logPosterior = forward[from] - costs[cell * shapeCount + shape] / temperature + backward[cell] - total
    return Math.min(1, Math.max(0, Math.exp(logPosterior)))
  })
}
