import { describe, expect, it } from 'vitest'
import { remapWindowSpan } from './remap-span'

describe('remapWindowSpan', () => {
  const old = ['Der neue Vertrag endet am 1. Mai.']
  it.each([
    // [old texts, new texts, span, expected]
    ['an edit that removes text before the span', old, ['Der Vertrag endet am 1. Mai.'], { index: 0, start: 29, end: 32 }, { index: 0, start: 24, end: 27, isOutdated: false }],
    ['an edit that removes the span', old, ['Der Vertrag endet am 1. Mai.'], { index: 0, start: 4, end: 8 }, { index: 0, isOutdated: true }],
    ['a join: the second paragraph shifts behind the first', ['Erster Satz.', 'Zweiter Satz.'], ['Erster Satz. Zweiter Satz.'], { index: 1, start: 8, end: 12 }, { index: 0, start: 21, end: 25, isOutdated: false }],
    ['a split: the span goes with the second part', ['Erster Satz. Zweiter Satz.'], ['Erster Satz.', 'Zweiter Satz.'], { index: 0, start: 21, end: 25 }, { index: 1, start: 8, end: 12, isOutdated: false }],
    ['a split through the span: cut, outdated', ['Erster Satz. Zweiter Satz.'], ['Erster Satz.', 'Zweiter Satz.'], { index: 0, start: 7, end: 20 }, { index: 0, start: 7, end: 12, isOutdated: true }],
  ])('%s', (_name, oldTexts, newTexts, span, expected) => {
    const result = remapWindowSpan(oldTexts, newTexts, span)
    expect(result).toMatchObject(expected)
    // Always a non-empty span inside its paragraph.
    expect(result.start).toBeGreaterThanOrEqual(0)
    expect(result.end).toBeGreaterThan(result.start)
    expect(result.end).toBeLessThanOrEqual(newTexts[result.index]!.length)
  })
})
