import { describe, expect, it } from 'vitest'
import { checkBead } from './index'

function quotes(sourceLang: string, targetLang: string, source: string, target: string) {
  return checkBead({ source: [source], target: [target], sourceLang, targetLang }).filter((finding) => finding.check === 'quotes')
}

describe('quotes', () => {
  // [case, source language, target language, source, target, unbalanced]
  it.each([
    ['an unclosed quotation, en→de', 'en', 'de', 'In his words: “Troops on the ground.”', 'Mit seinen Worten: „Truppen am Boden.', 'target'],
    ['an unclosed quotation, de→en', 'de', 'en', 'Mit seinen Worten: „Truppen am Boden.“', 'In his words: “Troops on the ground.', 'target'],
    ['an unclosed guillemet, en→fr', 'en', 'fr', 'He said “no”.', 'Il a dit « non.', 'target'],
    ['quotation marks dropped, de→en', 'de', 'en', 'die „Koalition der Willigen“', 'the Coalition of the Willing', 'none'],
    ['quotation marks added, en→ru', 'en', 'ru', 'the Coalition of the Willing', '«коалиция желающих»', 'none'],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, unbalanced) => {
    const [finding, ...more] = quotes(sourceLang, targetLang, source, target)
    expect(more).toEqual([])
    expect(finding.params.unbalanced).toBe(unbalanced)
    expect(finding.severity).toBe('minor')
  })

  it.each([
    ['English and German styles, en→de', 'en', 'de', 'the “Coalition of the Willing”', 'der „Koalition der Willigen“'],
    ['German and English styles, de→en', 'de', 'en', 'der „Koalition der Willigen“', 'the “Coalition of the Willing”'],
    ['straight and curly quotes, en→de', 'en', 'de', 'the "Coalition of the Willing"', 'der „Koalition der Willigen“'],
    ['guillemets, en→fr', 'en', 'fr', 'the “Coalition of the Willing”', 'la « coalition des volontaires »'],
    ['guillemets, en→ru', 'en', 'ru', 'the “Coalition of the Willing”', '«коалиция желающих»'],
    ['corner brackets, en→zh', 'en', 'zh', 'the “Coalition of the Willing”', '「志愿联盟」'],
    ['apostrophes and single quotes, en→fr', 'en', 'fr', "Trump's envoy said 'no'.", "L'envoyé de Trump a dit non."],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target) => {
    expect(quotes(sourceLang, targetLang, source, target)).toEqual([])
  })

  it('shows the quotation marks of both sides, normalised', () => {
    const [finding] = quotes('de', 'en', 'die „Koalition der Willigen“', 'the Coalition of the Willing')
    expect(finding.params).toEqual({ source: '""', target: '', unbalanced: 'none' })
    expect(finding.source).toEqual([
      { paragraph: 0, start: 4, end: 5 },
      { paragraph: 0, start: 27, end: 28 },
    ])
    expect(finding.diff).toEqual([{ value: '„ “', removed: true }])
  })
})
