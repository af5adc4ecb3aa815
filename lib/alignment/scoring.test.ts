import { describe, expect, it } from 'vitest'
import { calibration, correctness, type IndexBead, normaliseBeads, prf, recallByType, strictCounts } from './scoring'

const gold: IndexBead[] = [
  [[0], [0]],
  [[1, 2], [1]],
  [[3], []],
  [[], [2]],
  [[4], [3, 4]],
]

describe('strict scoring (as ../shared/eval/score.py)', () => {
  it('reads a k-0 bead as k single 0-sided beads', () => {
    expect(normaliseBeads([[[5, 6], []], [[], [7]]])).toEqual(['5|', '6|', '|7'])
  })

  it.each([
    ['a perfect prediction', gold, { gold: 5, predicted: 5, matched: 5 }, 1],
    ['a merge read as two 1-1 beads', [[[0], [0]], [[1], [1]], [[2], []], [[3], []], [[], [2]], [[4], [3, 4]]] as IndexBead[], { gold: 5, predicted: 6, matched: 4 }, 8 / 11],
    ['nothing right', [[[0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]] as IndexBead[], { gold: 5, predicted: 1, matched: 0 }, 0],
  ])('%s', (_name, predicted, counts, f1) => {
    expect(strictCounts(gold, predicted)).toEqual(counts)
    expect(prf(counts).f1).toBeCloseTo(f1, 12)
  })

  it('counts recall by gold bead type', () => {
    const predicted: IndexBead[] = [[[0], [0]], [[1], [1]], [[2], []], [[3], []], [[], [2]], [[4], [3, 4]]]
    expect(Object.fromEntries(recallByType(gold, predicted))).toEqual({
      '1-1': { gold: 1, matched: 1 },
      '2-1': { gold: 1, matched: 0 },
      '1-0': { gold: 1, matched: 1 },
      '0-1': { gold: 1, matched: 1 },
      '1-2': { gold: 1, matched: 1 },
    })
    expect(correctness(gold, predicted)).toEqual([true, false, false, true, true, true])
  })
})

describe('calibration', () => {
  it('puts each bead in its confidence band', () => {
    const bands = calibration([1, 0.95, 0.9, 0.89, 0.7, 0.69, 0.5, 0.1, 0], [true, true, false, true, true, false, false, true, false])
    expect(bands.map(({ label, count, correct }) => [label, count, correct])).toEqual([
      ['≥ 0.9', 3, 2],
      ['0.7–0.9', 2, 2],
      ['0.5–0.7', 2, 0],
      ['0–0.5', 2, 1],
    ])
  })
})
