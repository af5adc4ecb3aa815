// A band of the (source × target) lattice: for every source position i (0..rows-1) the target
// positions lo[i]..hi[i] are searched. Searching a band around a guide path keeps the work
// linear in the document length instead of quadratic.

export type Band = {
  rows: number
  columns: number
  lo: Int32Array
  hi: Int32Array
  /** Index of cell (i, lo[i]) in flat per-cell arrays. */
  offset: Int32Array
  size: number
}

/** A guide: for every row the target positions [from[i], to[i]] a first estimate passes through. */
export type Guide = { from: Int32Array; to: Int32Array }

/**
 * The piecewise-linear guide through `points` (lattice nodes, increasing in both coordinates,
 * starting at (0, 0) and ending at (n, m)), wide enough that consecutive rows touch.
 */
export function interpolatedGuide(points: ReadonlyArray<readonly [number, number]>): Guide {
  const [n] = points[points.length - 1]
  const from = new Int32Array(n + 1)
  const to = new Int32Array(n + 1)
  for (let k = 1; k < points.length; k++) {
    const [i0, j0] = points[k - 1]
    const [i1, j1] = points[k]
    const slope = (j1 - j0) / Math.max(1, i1 - i0)
    for (let i = i0; i <= i1; i++) {
      from[i] = Math.floor(j0 + (i - i0) * slope)
      to[i] = Math.min(j1, Math.ceil(j0 + (i + 1 - i0) * slope))
    }
  }
  return { from, to }
}

/** The proportional diagonal from (0, 0) to (n, m). */
export function diagonalGuide(n: number, m: number): Guide {
  return interpolatedGuide([
    [0, 0],
    [n, m],
  ])
}

/** The guide through the lattice nodes a path visits (rows it jumps over get the node before). */
export function pathGuide(n: number, nodes: ReadonlyArray<readonly [number, number]>): Guide {
  const from = new Int32Array(n + 1).fill(-1)
  const to = new Int32Array(n + 1).fill(-1)
  for (const [i, j] of nodes) {
    if (from[i] < 0 || j < from[i]) from[i] = j
    if (j > to[i]) to[i] = j
  }
  for (let i = 1; i <= n; i++) {
    if (from[i] < 0) {
      from[i] = to[i - 1]
      to[i] = to[i - 1]
    }
  }
  return { from, to }
}

/** The band of half-width `width` around a guide, made monotone and connected. */
export function bandAround(guide: Guide, columns: number, width: number): Band {
  const rows = guide.from.length
  const lo = new Int32Array(rows)
  const hi = new Int32Array(rows)
  for (let i = 0; i < rows; i++) {
    lo[i] = Math.max(0, guide.from[i] - width)
    hi[i] = Math.min(columns, guide.to[i] + width)
  }
  return finishBand(lo, hi, columns)
}

/**
 * The band widened by `extra` columns, on the side the path pressed against, in the rows within
 * `extra` of each place where it came within `margin` of an inner edge. Widening only there keeps
 * a long document's band narrow where the first guess was right.
 */
export function widenBand(band: Band, nodes: ReadonlyArray<readonly [number, number]>, margin: number, extra: number, around: Band = band): Band {
  const lo = Int32Array.from(around.lo)
  const hi = Int32Array.from(around.hi)
  for (const [i, j] of nodes) {
    const isLow = band.lo[i] > 0 && j - band.lo[i] < margin
    const isHigh = band.hi[i] < band.columns && band.hi[i] - j < margin
    if (!isLow && !isHigh) continue
    for (let r = Math.max(0, i - extra); r <= Math.min(band.rows - 1, i + extra); r++) {
      if (isLow) lo[r] = Math.max(0, Math.min(lo[r], band.lo[i] - extra))
      if (isHigh) hi[r] = Math.min(band.columns, Math.max(hi[r], band.hi[i] + extra))
    }
  }
  return finishBand(lo, hi, band.columns)
}

function finishBand(lo: Int32Array, hi: Int32Array, columns: number): Band {
  const rows = lo.length
  lo[0] = 0
  hi[rows - 1] = columns
  // Monotone edges: a path never moves left, so the band never needs to either.
  for (let i = rows - 2; i >= 0; i--) lo[i] = Math.min(lo[i], lo[i + 1])
  for (let i = 1; i < rows; i++) hi[i] = Math.max(hi[i], hi[i - 1])
  // Connected: each row must reach the next one's first cell by a one-to-none step.
  for (let i = 1; i < rows; i++) if (hi[i - 1] < lo[i]) hi[i - 1] = lo[i]
  const offset = new Int32Array(rows)
  let size = 0
  for (let i = 0; i < rows; i++) {
    offset[i] = size
    size += hi[i] - lo[i] + 1
  }
  return { rows, columns, lo, hi, offset, size }
}

/** Flat index of cell (i, j), or -1 outside the band. */
export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i >= band.rows || j < band.lo[i] || j > band.hi[i]) return -1
  return band.offset[i] + j - band.lo[i]
}

/** True when a path comes within `margin` of an inner edge of the band (so the band may be too narrow). */
export function pathTouchesEdge(band: Band, nodes: ReadonlyArray<readonly [number, number]>, margin: number): boolean {
  for (const [i, j] of nodes) {
    if (band.lo[i] > 0 && j - band.lo[i] < margin) return true
    if (band.hi[i] < band.columns && band.hi[i] - j < margin) return true
  }
  return false
}
