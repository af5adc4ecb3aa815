import { expect, test } from 'vitest'
import { goldBeads, pairToExportInput, type EvalPair } from './pair'

const pair: EvalPair = { source_lang: 'en', target_lang: 'de', source: ['a', 'b', 'c', 'd'], target: ['A', 'B', 'X', 'D'] }
const meta = { id: 'p', createdAt: new Date(0), toolVersion: '1' }

test('gold beads become half-open ranges; an empty side sits at the cursor', () => {
  expect(goldBeads([[[0, 1], [0]], [[], [1]], [[2], []], [[3], [2, 3]]])).toEqual([
    { srcStart: 0, srcEnd: 2, tgtStart: 0, tgtEnd: 1 },
    { srcStart: 2, srcEnd: 2, tgtStart: 1, tgtEnd: 2 },
    { srcStart: 2, srcEnd: 3, tgtStart: 2, tgtEnd: 2 },
    { srcStart: 3, srcEnd: 4, tgtStart: 2, tgtEnd: 4 },
  ])
})

test('a pair becomes export input with 1-based paragraph numbers', () => {
  const input = pairToExportInput(pair, goldBeads([[[0, 1], [0, 1]], [[2], [2]], [[3], [3]]]), meta)
  expect(input.beads[0]).toMatchObject({
    index: 1,
    source: [
      { number: 1, text: 'a' },
      { number: 2, text: 'b' },
    ],
    reviewStatus: 'UNREVIEWED',
    confidence: 1,
  })
  expect(input.title).toBe('p')
})

test.each([
  ['a gap', [{ srcStart: 0, srcEnd: 1, tgtStart: 0, tgtEnd: 1 }, { srcStart: 2, srcEnd: 4, tgtStart: 1, tgtEnd: 4 }], /Bead 2 does not continue/],
  ['an empty bead', [{ srcStart: 0, srcEnd: 0, tgtStart: 0, tgtEnd: 0 }], /Bead 1 does not continue where bead 0 ended, or is empty/],
  ['paragraphs left over', [{ srcStart: 0, srcEnd: 3, tgtStart: 0, tgtEnd: 4 }], /cover 3 of 4 source and 4 of 4 target/],
])('refuses beads with %s', (_name, beads, message) => {
  expect(() => pairToExportInput(pair, beads, meta)).toThrow(message)
})
