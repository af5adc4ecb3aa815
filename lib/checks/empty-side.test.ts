import { describe, expect, it } from 'vitest'
import { checkBead } from './index'

function run(sourceLang: string, targetLang: string, source: string[], target: string[]) {
  return checkBead({ source, target, sourceLang, targetLang })
}

describe('empty-source and empty-target', () => {
  // [case, source language, target language, source, target, check, severity]
  it.each([
    ['a paragraph left out, en→de', 'en', 'de', ['Russia has warned again and again.'], [], 'empty-target', 'major'],
    ['a paragraph left out, de→en', 'de', 'en', ['Russland hat wiederholt gewarnt.'], [], 'empty-target', 'major'],
    ['a target of blank paragraphs, en→de', 'en', 'de', ['Russia has warned again and again.'], ['', '  \n'], 'empty-target', 'major'],
    ['a credit line added, en→de', 'en', 'de', [], ['Veröffentlichung mit freundlicher Genehmigung des Autors.'], 'empty-source', 'minor'],
    ['a credit line added, de→en', 'de', 'en', [], ['Published with the kind permission of the author.'], 'empty-source', 'minor'],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, check, severity) => {
    const findings = run(sourceLang, targetLang, source, target)
    expect(findings.map((finding) => [finding.check, finding.severity])).toEqual([[check, severity]])
  })

  it.each([
    ['both sides present, en→de', 'en', 'de', ['Russia has warned.'], ['Russland hat gewarnt.']],
    ['both sides present, de→en', 'de', 'en', ['Russland hat gewarnt.'], ['Russia has warned.']],
    ['both sides empty', 'en', 'de', [], []],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target) => {
    expect(run(sourceLang, targetLang, source, target).filter((finding) => finding.check.startsWith('empty-'))).toEqual([])
  })

  it('runs no other check on a bead with one side empty', () => {
    const findings = run('en', 'de', ['In 24 hours, NATO (see https://nato.int) said “no”.'], [])
    expect(findings.map((finding) => finding.check)).toEqual(['empty-target'])
  })

  it('highlights the whole of the side that is there', () => {
    const [finding] = run('en', 'de', ['First.', 'Second one.'], [])
    expect(finding.source).toEqual([
      { paragraph: 0, start: 0, end: 6 },
      { paragraph: 1, start: 0, end: 11 },
    ])
    expect(finding.target).toEqual([])
    expect(finding.params).toEqual({ paragraphs: 2, characters: 19 })
    expect(finding.diff).toEqual([{ value: 'First.\n\nSecond one.', removed: true }])
  })
})
