import { describe, expect, it } from 'vitest'
import { checkBead, expectedLengthRatio } from './index'

const ENGLISH =
  'Russia has warned again and again that it would act against any foreign forces deployed in Ukraine, and it has just as often repeated its rejection of a ceasefire.'
const GERMAN =
  'Russland hat wiederholt gewarnt, dass es gegen ausländische Streitkräfte vorgehen werde, die in der Ukraine stationiert werden, und es hat ebenso oft seine Ablehnung eines Waffenstillstands bekräftigt.'
const GERMAN_SHORT = 'Russland hat gewarnt.'
const ENGLISH_SHORT = 'Russia has warned.'

function lengthRatio(sourceLang: string, targetLang: string, source: string, target: string, expectedRatio?: number) {
  return checkBead({ source: [source], target: [target], sourceLang, targetLang, expectedRatio }).filter((finding) => finding.check === 'length-ratio')
}

describe('length-ratio', () => {
  // [case, source language, target language, source, target, expected ratio, direction, severity]
  it.each([
    ['a target far too short, en→de', 'en', 'de', ENGLISH, GERMAN_SHORT, 1.2, 'shorter', 'major'],
    ['a target far too short, de→en', 'de', 'en', GERMAN, ENGLISH_SHORT, 0.84, 'shorter', 'major'],
    ['a target twice as long, en→de', 'en', 'de', ENGLISH, `${GERMAN} ${GERMAN}`, 1.2, 'longer', 'minor'],
    ['a target twice as long, de→en', 'de', 'en', GERMAN, `${ENGLISH} ${ENGLISH}`, 0.84, 'longer', 'minor'],
    ['a German-length target against a Chinese document ratio, en→zh', 'en', 'zh', ENGLISH, GERMAN, 0.38, 'longer', 'major'],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, expectedRatio, direction, severity) => {
    const [finding, ...more] = lengthRatio(sourceLang, targetLang, source, target, expectedRatio)
    expect(more).toEqual([])
    expect(finding.params.direction).toBe(direction)
    expect(finding.severity).toBe(severity)
  })

  it.each([
    ['a translation, en→de', 'en', 'de', ENGLISH, GERMAN, 1.2],
    ['a translation, de→en', 'de', 'en', GERMAN, ENGLISH, 0.84],
    ['a translation without a document ratio, en→de', 'en', 'de', ENGLISH, GERMAN, undefined],
    ['a short Chinese translation without a document ratio, en→zh', 'en', 'zh', ENGLISH, '俄罗斯一再警告，它将对部署在乌克兰的任何外国部队采取行动，并同样经常重申拒绝停火。', undefined],
    ['a title whose length varies a lot, en→de', 'en', 'de', 'Introduction', 'Einführung in das Thema', 1.2],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target, expectedRatio) => {
    expect(lengthRatio(sourceLang, targetLang, source, target, expectedRatio)).toEqual([])
  })

  it('says how many times the expected length the target is', () => {
    const [finding] = lengthRatio('en', 'de', ENGLISH, GERMAN_SHORT, 1.2)
    const ratio = GERMAN_SHORT.replace(/\s/g, '').length / ENGLISH.replace(/\s/g, '').length
    expect(finding.params).toEqual({
      direction: 'shorter',
      ratio: Math.round(ratio * 100) / 100,
      expected: 1.2,
      relative: Math.round((ratio / 1.2) * 100) / 100,
    })
  })
})

describe('expectedLengthRatio', () => {
  const pair = (sourceLength: number, targetLength: number) => ({ source: 'x'.repeat(sourceLength), target: 'y'.repeat(targetLength) })

  it.each([
    ['the median of similar pairs', [pair(100, 120), pair(200, 236), pair(150, 183)], 1.2],
    ['unmoved by a few odd pairs', [pair(100, 120), pair(100, 121), pair(100, 119), pair(100, 400), pair(100, 10)], 1.2],
    ['weighted by length: long pairs outvote short ones', [pair(1000, 1100), pair(30, 60), pair(30, 60)], 1.1],
    ['ignoring pairs too short to say anything', [pair(5, 50), pair(100, 90)], 0.9],
    ['1 when no pair is long enough', [pair(5, 5)], 1],
    ['1 for an empty document', [], 1],
  ])('is %s', (_case, pairs, expected) => {
    expect(expectedLengthRatio(pairs)).toBeCloseTo(expected, 2)
  })
})
