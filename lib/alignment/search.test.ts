import { describe, expect, it } from 'vitest'
import { bandAround, diagonalGuide, widenBand } from './band'
import { BEAD_SHAPES } from './bead-shapes'
import { initialParameters } from './model'
import { preparePair } from './pair'
import { createScorer } from './scorer'
import { bestPath, computeCosts } from './search'
import { INSTALL_GUIDE_EN, INSTALL_GUIDE_ZH } from './small-pairs.testing'

const ALL_SHAPES = new Uint8Array(BEAD_SHAPES.length).fill(1)

describe('computeCosts', () => {
  // Regression: a band widened where the path pressed against its edge reuses the costs of the
  // band before; a copied cell must hold exactly what costing it again would give, and a cell
  // whose beads the narrower band cut off must be costed anew.
  it('gives the same costs when it reuses an earlier, narrower band', () => {
    const source = [...INSTALL_GUIDE_EN, ...INSTALL_GUIDE_EN.slice(0, 5)]
    const target = [...INSTALL_GUIDE_ZH.slice(0, 3), '译者注：此处省略。', ...INSTALL_GUIDE_ZH.slice(3), ...INSTALL_GUIDE_ZH.slice(0, 5)]
    const pair = preparePair(source, target)
    const scorer = createScorer(pair, initialParameters(pair.source, pair.target, pair.shared))
    const span = { srcStart: 0, srcEnd: source.length, tgtStart: 0, tgtEnd: target.length }
    const narrow = bandAround(diagonalGuide(source.length, target.length), target.length, 1)
    const narrowCosts = computeCosts(narrow, span, scorer, ALL_SHAPES)
    const nodes = bestPath(narrow, narrowCosts).map(({ i, j }) => [i, j] as const)
    const wide = widenBand(narrow, [...nodes, [5, 1], [9, 12]], 2, 3)
    expect(wide.size).toBeGreaterThan(narrow.size)
    const fresh = computeCosts(wide, span, scorer, ALL_SHAPES)
    const reused = computeCosts(wide, span, scorer, ALL_SHAPES, undefined, { band: narrow, costs: narrowCosts })
    expect(Array.from(reused)).toEqual(Array.from(fresh))
  })
})
