import { describe, expect, it } from 'vitest'
import { checkBead } from './index'

function dates(sourceLang: string, targetLang: string, source: string, target: string) {
  return checkBead({ source: [source], target: [target], sourceLang, targetLang }).filter((finding) => finding.check === 'dates')
}

describe('dates', () => {
  // [case, source language, target language, source, target, dates only in source, only in target]
  it.each([
    ['another day, en→de', 'en', 'de', 'By Andrew Korybko – February 5, 2026', 'Von Andrew Korybko – 6. Februar 2026', 'February 5, 2026', '6. Februar 2026'],
    ['another month, de→en', 'de', 'en', 'Von Andrew Korybko – 5. Februar 2026', 'By Andrew Korybko – 5 March 2026', '5. Februar 2026', '5 March 2026'],
    ['another year, en→fr', 'en', 'fr', 'It was signed on February 5, 2026.', 'Il a été signé le 5 février 2025.', 'February 5, 2026', '5 février 2025'],
    ['a numeric date with another day, en-GB→de', 'en-GB', 'de', 'Deadline: 05/02/2026.', 'Frist: 06.02.2026.', '05/02/2026', '06.02.2026'],
    ['a month-first date read as such, en-US→de', 'en-US', 'de', 'Deadline: 02/05/2026.', 'Frist: 02.05.2026.', '02/05/2026', '02.05.2026'],
    ['a Chinese date with another day, en→zh', 'en', 'zh', 'Released on February 5, 2026.', '于2026年2月6日发布。', 'February 5, 2026', '2026年2月6日'],
    ['a Russian date with another month, en→ru', 'en', 'ru', 'Released on February 5, 2026.', 'Выпущено 5 марта 2026 г.', 'February 5, 2026', '5 марта 2026'],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, sourceOnly, targetOnly) => {
    const [finding, ...more] = dates(sourceLang, targetLang, source, target)
    expect(more).toEqual([])
    expect(finding.params).toEqual({ source: sourceOnly, target: targetOnly })
    expect(finding.severity).toBe('major')
  })

  it.each([
    ['month-day-year and day. month year, en→de', 'en', 'de', 'By Andrew Korybko – February 5, 2026', 'Von Andrew Korybko – 5. Februar 2026'],
    ['day. month year and month-day-year, de→en', 'de', 'en', 'Von Andrew Korybko – 5. Februar 2026', 'By Andrew Korybko – February 5, 2026'],
    ['day month year and a dotted date, en→de', 'en', 'de', 'Signed on 5 February 2026.', 'Unterzeichnet am 05.02.2026.'],
    ['a month-first date in the United States, en-US→de', 'en-US', 'de', 'Deadline: 02/05/2026.', 'Frist: 05.02.2026.'],
    ['a day-first date in Britain, en-GB→de', 'en-GB', 'de', 'Deadline: 05/02/2026.', 'Frist: 05.02.2026.'],
    ['an ISO date, de→en', 'de', 'en', 'Stand: 2026-02-05', 'As of 5 February 2026'],
    ['French, with an ordinal first day, en→fr', 'en', 'fr', 'Since March 1st, 2026.', 'Depuis le 1er mars 2026.'],
    ['Spanish, en→es', 'en', 'es', 'On February 5, 2026.', 'El 5 de febrero de 2026.'],
    ['Russian genitive, en→ru', 'en', 'ru', 'On February 5, 2026.', '5 февраля 2026 г.'],
    ['Chinese, en→zh', 'en', 'zh', 'On February 5, 2026.', '2026年2月5日。'],
    ['Arabic month names and digits, en→ar', 'en', 'ar', 'On February 5, 2026.', 'في ٥ فبراير ٢٠٢٦.'],
    ['a month and year, de→en', 'de', 'en', 'Im Mai 2026 begann es.', 'It began in May 2026.'],
    ['a date the target adds the year to, en→de', 'en', 'de', 'It ends on 5 February.', 'Es endet am 5. Februar 2026.'],
    ['month names in a language without a table, en→pl', 'en', 'pl', 'On February 5, 2026.', 'Dnia 5 lutego 2026.'],
    ['the English verb "may", en→de', 'en', 'de', 'Users may 2 times retry.', 'Benutzer dürfen es 2 Mal versuchen.'],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target) => {
    expect(dates(sourceLang, targetLang, source, target)).toEqual([])
  })

  it('highlights the dates and shows the token-level difference', () => {
    const source = 'From May 4, 2026 to May 8, 2026.'
    const target = 'Vom 4. Mai 2026 bis 9. Mai 2026.'
    const [finding] = dates('en', 'de', source, target)
    expect(finding.source).toEqual([{ paragraph: 0, start: source.indexOf('May 8'), end: source.indexOf('May 8') + 'May 8, 2026'.length }])
    expect(finding.target).toEqual([{ paragraph: 0, start: target.indexOf('9. Mai'), end: target.indexOf('9. Mai') + '9. Mai 2026'.length }])
    expect(finding.diff).toEqual([{ value: '4. Mai 2026 ' }, { value: 'May 8, 2026 ', removed: true }, { value: '9. Mai 2026', added: true }])
  })
})
