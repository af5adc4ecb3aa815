import { describe, expect, it } from 'vitest'
import { textRuns } from './highlights'

const runs = (text: string, highlights: { start: number; end: number; kind: string }[]) => textRuns(text, highlights).map((r) => [r.text, r.kinds.join('+')])

describe('textRuns', () => {
  it.each([
    ['no highlight', 'Hello world', [], [['Hello world', '']]],
    ['one in the middle', 'Hello world', [{ start: 6, end: 11, kind: 'match' }], [['Hello ', ''], ['world', 'match']]],
    ['the whole text', 'Hello', [{ start: 0, end: 5, kind: 'match' }], [['Hello', 'match']]],
    [
      'overlapping ranges',
      'abcdef',
      [
        { start: 1, end: 4, kind: 'match' },
        { start: 3, end: 6, kind: 'note' },
      ],
      [['a', ''], ['bc', 'match'], ['d', 'match+note'], ['ef', 'note']],
    ],
    ['a range past the end is cut', 'abc', [{ start: 2, end: 10, kind: 'match' }], [['ab', ''], ['c', 'match']]],
    ['empty and outside ranges are ignored', 'abc', [{ start: 1, end: 1, kind: 'match' }, { start: 5, end: 9, kind: 'match' }], [['abc', '']]],
  ])('%s', (_name, text, highlights, expected) => {
    expect(runs(text, highlights)).toEqual(expected)
  })

  it('keeps every character exactly once, with its offset', () => {
    const result = textRuns('a😀b😀c', [{ start: 1, end: 3, kind: 'x' }, { start: 4, end: 7, kind: 'y' }])
    expect(result.map((r) => r.text).join('')).toBe('a😀b😀c')
    expect(result.map((r) => r.start)).toEqual([0, 1, 3, 4])
  })
})
