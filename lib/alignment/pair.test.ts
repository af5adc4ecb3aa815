import { describe, expect, it } from 'vitest'
import { repeatedParagraphs } from './pair'

describe('repeatedParagraphs', () => {
  it.each([
    ['unique paragraphs', ['a', 'b', 'c'], [0, 0, 0]],
    ['boilerplate that recurs', ['Back to top', 'Text.', 'Back to top', 'More.'], [1, 0, 1, 0]],
    ['white space does not make a paragraph unique', ['Read  more', ' Read more', 'Read more.'], [1, 1, 0]],
    ['case does', ['Note', 'note'], [0, 0]],
    ['empty documents', [], []],
  ])('%s', (_name, texts, expected) => {
    expect(Array.from(repeatedParagraphs(texts))).toEqual(expected)
  })
})
