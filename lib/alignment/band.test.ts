import { describe, expect, it } from 'vitest'
import { type Band, bandAround, cellIndex, diagonalGuide, interpolatedGuide, pathTouchesEdge, widenBand } from './band'

/** Rows start at 0 and end at the last column, edges never move left, and consecutive rows touch. */
function expectWellFormed(band: Band): void {
  expect(band.lo[0]).toBe(0)
  expect(band.hi[band.rows - 1]).toBe(band.columns)
  for (let i = 0; i < band.rows; i++) {
    expect(band.lo[i]).toBeLessThanOrEqual(band.hi[i])
    if (i === 0) continue
    expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1])
    expect(band.hi[i]).toBeGreaterThanOrEqual(band.hi[i - 1])
    expect(band.hi[i - 1]).toBeGreaterThanOrEqual(band.lo[i])
  }
  let size = 0
  for (let i = 0; i < band.rows; i++) size += band.hi[i] - band.lo[i] + 1
  expect(band.size).toBe(size)
}

describe('bands', () => {
  it.each([
    [10, 10, 2],
    [10, 3, 1],
    [3, 10, 1],
    [1, 7, 0],
    [50, 47, 5],
  ])('a band of half-width w around the diagonal of %i × %i (w = %i) is well formed', (n, m, width) => {
    const band = bandAround(diagonalGuide(n, m), m, width)
    expect(band.rows).toBe(n + 1)
    expectWellFormed(band)
  })

  it('follows a guide through given points', () => {
    const guide = interpolatedGuide([
      [0, 0],
      [5, 1],
      [10, 10],
    ])
    const band = bandAround(guide, 10, 1)
    expectWellFormed(band)
    expect(cellIndex(band, 5, 1)).toBeGreaterThanOrEqual(0)
    expect(cellIndex(band, 5, 8)).toBe(-1)
  })

  it('widens only near the place where a path pressed against its edge', () => {
    const band = bandAround(diagonalGuide(100, 100), 100, 3)
    // A path that runs along the diagonal but dips to the lower edge at row 50.
    const nodes = Array.from({ length: 101 }, (_, i) => [i, i === 50 ? band.lo[50] : i] as const)
    expect(pathTouchesEdge(band, nodes, 1)).toBe(true)
    const wider = widenBand(band, nodes, 1, 8)
    expectWellFormed(wider)
    expect(wider.lo[50]).toBe(band.lo[50] - 8)
    expect(wider.hi[50]).toBe(band.hi[50])
    expect(wider.lo[10]).toBe(band.lo[10])
    expect(wider.lo[90]).toBe(band.lo[90])
    expect(wider.size).toBeLessThan(band.size + 17 * 8 + 8 * 8)
    expect(pathTouchesEdge(wider, nodes, 1)).toBe(false)
  })
})
