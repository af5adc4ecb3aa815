import { describe, expect, it } from 'vitest'
import { checkCodes, describeFinding, type CheckCode, type Finding } from './index'

function finding(check: CheckCode, params: Finding['params']): Finding {
  return { check, severity: 'minor', params, source: [], target: [], diff: [], fingerprint: '' }
}

describe('describeFinding', () => {
  it.each([
    [finding('numbers', { source: '24', target: '42' }), 'Numbers differ: 24 / 42'],
    [finding('dates', { source: 'February 5, 2026', target: '6. Februar 2026' }), 'Dates differ: February 5, 2026 / 6. Februar 2026'],
    [finding('urls', { source: 'https://a.org', target: '' }), 'URLs differ: https://a.org / —'],
    [finding('emails', { source: '', target: 'a@b.org' }), 'E-mail addresses differ: — / a@b.org'],
    [finding('entities', { source: 'Kushner', target: '' }), 'Names or terms on one side only: Kushner / —'],
    [finding('brackets', { source: '()', target: '(', unbalanced: 'target' }), 'Brackets differ: () / ( (unbalanced in target)'],
    [finding('quotes', { source: '""', target: '', unbalanced: 'none' }), 'Quotation marks differ: "" / —'],
    [finding('untranslated', { kind: 'identical', words: 6 }), 'Target is identical to the source (untranslated?)'],
    [finding('untranslated', { kind: 'partial', words: 7, share: 0.7 }), 'Target copies 7 words of the source unchanged (partly untranslated?)'],
    [finding('wrong-language', { language: 'en', paragraphs: 1 }), 'Target appears to be in the source language (en)'],
    [finding('empty-source', { paragraphs: 1, characters: 57 }), 'Source is empty: text added in the translation?'],
    [finding('empty-target', { paragraphs: 1, characters: 57 }), 'Target is empty: text omitted in the translation?'],
    [finding('length-ratio', { direction: 'longer', ratio: 2.88, expected: 1.2, relative: 2.4 }), 'Target is 2.4× the expected length (longer than usual)'],
  ])('describes %#', (input, sentence) => {
    expect(describeFinding(input)).toBe(sentence)
  })

  it('has a sentence for every check', () => {
    for (const check of checkCodes) expect(describeFinding(finding(check, { source: '', target: '', unbalanced: 'none' }))).toMatch(/^[A-Z].+/)
  })
})
