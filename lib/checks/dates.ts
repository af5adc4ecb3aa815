// Dates written differently in each language but meaning the same day: "February 5, 2026" =
// "5 February 2026" = "5. Februar 2026" = "5 février 2026" = "2026年2月5日" = "05.02.2026".
// Found before numbers, so that a wrong day is reported once, as a date.

import { diffTokens } from './diff-parts'
import type { Language } from './languages'
import { matchByKeys } from './match'
import { sharesKey, type NumberToken } from './numbers'
import type { Side } from './side'
import { spanOf, type Token } from './text'
import type { Draft } from './types'

/** keys: "2026-2-5"; a part the text leaves out is empty ("-2-5", "2026-2-"). */
export type DateToken = Token & { keys: readonly string[] }

// Month names and abbreviations, January first; variants separated by spaces.
const MONTHS: Record<string, string[]> = {
  en: ['january jan', 'february feb febr', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sept sep', 'october oct', 'november nov', 'december dec'],
  de: ['januar jänner jan', 'februar feber febr feb', 'märz mrz', 'april apr', 'mai', 'juni jun', 'juli jul', 'august aug', 'september sept sep', 'oktober okt', 'november nov', 'dezember dez'],
  fr: ['janvier janv', 'février fevrier févr fevr', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août aout', 'septembre sept', 'octobre oct', 'novembre nov', 'décembre decembre déc dec'],
  es: ['enero ene', 'febrero feb', 'marzo mar', 'abril abr', 'mayo may', 'junio jun', 'julio jul', 'agosto ago', 'septiembre setiembre sept sep', 'octubre oct', 'noviembre nov', 'diciembre dic'],
  it: ['gennaio gen', 'febbraio feb', 'marzo mar', 'aprile apr', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto ago', 'settembre set', 'ottobre ott', 'novembre nov', 'dicembre dic'],
  pt: ['janeiro jan', 'fevereiro fev', 'março mar', 'abril abr', 'maio mai', 'junho jun', 'julho jul', 'agosto ago', 'setembro set', 'outubro out', 'novembro nov', 'dezembro dez'],
  nl: ['januari jan', 'februari feb', 'maart mrt', 'april apr', 'mei', 'juni jun', 'juli jul', 'augustus aug', 'september sept sep', 'oktober okt', 'november nov', 'december dec'],
  // Russian: nominative, genitive ("5 февраля") and prepositional ("в феврале 2026 года").
  ru: ['январь января январе янв', 'февраль февраля феврале фев', 'март марта марте мар', 'апрель апреля апреле апр', 'май мая мае', 'июнь июня июне июн', 'июль июля июле июл', 'август августа августе авг', 'сентябрь сентября сентябре сент сен', 'октябрь октября октябре окт', 'ноябрь ноября ноябре ноя', 'декабрь декабря декабре дек'],
  // Arabic: the Egyptian/Gulf names and the Levantine ones.
  ar: ['يناير كانون_الثاني', 'فبراير شباط', 'مارس آذار', 'أبريل ابريل نيسان', 'مايو أيار', 'يونيو يونيه حزيران', 'يوليو يوليه تموز', 'أغسطس آب', 'سبتمبر أيلول', 'أكتوبر اكتوبر تشرين_الأول', 'نوفمبر تشرين_الثاني', 'ديسمبر كانون_الأول'],
}
// English "may" and "march" are also common lower-case words; only the capitalised ones are months.
const ENGLISH_WORDS = new Set(['may', 'march'])

type Patterns = { dayMonth: RegExp; monthDay: RegExp; monthYear: RegExp; monthIndex: Map<string, number> }

const patternCache = new Map<string, Patterns>()

function patternsFor(code: string): Patterns {
  const cached = patternCache.get(code)
  if (cached) return cached
  const monthIndex = new Map<string, number>()
  for (const lexicon of new Set([MONTHS.en, MONTHS[code] ?? MONTHS.en])) {
    lexicon.forEach((forms, index) => forms.split(' ').forEach((form) => monthIndex.set(form.replace(/_/g, ' '), index + 1)))
  }
  const names = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|')
  const month = `(?<![\\p{L}])(${names})\\.?(?![\\p{L}])`
  const day = `(\\d{1,2})(?:st|nd|rd|th|er|re|e|º|ª|\\.)?`
  const year = `(\\d{4})`
  const patterns = {
    // 5 February 2026, 5. Februar 2026, 1er février, 5 de febrero de 2026, 5 февраля 2026 г.
    dayMonth: new RegExp(`(?<![\\d.,])${day}\\s*(?:de\\s+)?${month}(?:,?\\s*(?:de\\s+|del\\s+)?${year}(?!\\d))?`, 'giu'),
    // February 5, 2026
    monthDay: new RegExp(`${month}\\s+${day}(?!\\d)(?:,?\\s+${year}(?!\\d))?`, 'giu'),
    // February 2026, febrero de 2026
    monthYear: new RegExp(`${month}\\s+(?:de\\s+|del\\s+)?${year}(?!\\d)`, 'giu'),
    monthIndex,
  }
  patternCache.set(code, patterns)
  return patterns
}

const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日号일])?|(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]/gu
const ISO_DATE = /(?<![\d.\-/])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d.\-/])/g
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d.]\d)/g
const SLASHED_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g
// Dutch and others: 05-02-2026. Only with a four-digit year: "10-12-14" is more often a range.
const DASHED_DATE = /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/g
// Regions that write month before day in "02/05/2026".
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW'])

function key(year: string | undefined, month: number, day: string | undefined): string | undefined {
  const d = day === undefined ? undefined : Number(day)
  if (month < 1 || month > 12 || (d !== undefined && (d < 1 || d > 31))) return undefined
  let y = year ?? ''
  // Two-digit years: the nearer century (26 → 2026, 87 → 1987).
  if (y.length === 2) y = String(Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y))
  return `${y}-${month}-${d ?? ''}`
}

/**
 * Which orders "02/05/2026" may be read in: month first in the United States, day first
 * elsewhere, and both for English without a region, as long as both readings are valid.
 */
function slashedKeys(first: string, second: string, year: string, language: Language): string[] {
  const dayFirst = key(year, Number(second), first)
  const monthFirst = key(year, Number(first), second)
  if (language.code === 'en' && !language.region) return [dayFirst, monthFirst].filter((k): k is string => !!k)
  const preferred = MONTH_FIRST_REGIONS.has(language.region) ? monthFirst : dayFirst
  return preferred ? [preferred] : []
}

export function findDates(paragraph: number, working: string, text: string, language: Language): DateToken[] {
  const dates: DateToken[] = []
  const add = (start: number, end: number, keys: (string | undefined)[]) => {
    const valid = [...new Set(keys.filter((k): k is string => !!k))]
    if (valid.length === 0 || dates.some((date) => start < date.end && date.start < end)) return
    dates.push({ paragraph, start, end, text: text.slice(start, end), keys: valid })
  }
  const { dayMonth, monthDay, monthYear, monthIndex } = patternsFor(language.code)
  const monthOf = (name: string) => (ENGLISH_WORDS.has(name) ? undefined : monthIndex.get(name.toLowerCase()))
  const run = (pattern: RegExp, keysOf: (m: RegExpMatchArray) => (string | undefined)[]) => {
    for (const m of working.matchAll(pattern)) add(m.index!, m.index! + m[0].length, keysOf(m))
  }
  run(CJK_DATE, (m) => [m[1] ? key(m[1], Number(m[2]), m[3]) : key(undefined, Number(m[4]), m[5])])
  run(ISO_DATE, (m) => [key(m[1], Number(m[2]), m[3])])
  run(DOTTED_DATE, (m) => [key(m[3], Number(m[2]), m[1])])
  run(SLASHED_DATE, (m) => slashedKeys(m[1], m[2], m[3], language))
  run(DASHED_DATE, (m) => slashedKeys(m[1], m[2], m[3], language))
  run(dayMonth, (m) => [withMonth(monthOf(m[2]), (n) => key(m[3], n, m[1]))])
  run(monthDay, (m) => [withMonth(monthOf(m[1]), (n) => key(m[3], n, m[2]))])
  run(monthYear, (m) => [withMonth(monthOf(m[1]), (n) => key(m[2], n, undefined))])
  return dates.sort((a, b) => a.start - b.start)
}

function withMonth(month: number | undefined, keyOf: (month: number) => string | undefined): string | undefined {
  return month === undefined ? undefined : keyOf(month)
}

/** Whether two date keys agree on every part both of them give ("-2-5" and "2026-2-5"). */
function compatible(a: string, b: string): boolean {
  const pa = a.split('-')
  const pb = b.split('-')
  return pa.every((part, i) => part === pb[i] || part === '' || pb[i] === '')
}

/**
 * A date one side writes in a form not recognised on the other side (a month name of a
 * language without a table here) is accepted when the other side's numbers hold its day and
 * year; those numbers are then used up, so the numbers check does not see them again.
 */
function coveredByNumbers(date: DateToken, numbers: NumberToken[], used: Set<NumberToken>): boolean {
  const [year, , day] = date.keys[0].split('-')
  const wanted = [year, day].filter((part) => part !== '')
  if (wanted.length === 0) return false
  const found: NumberToken[] = []
  for (const part of wanted) {
    const token = numbers.find((n) => !used.has(n) && !found.includes(n) && sharesKey(n, { keys: [part] }))
    if (!token) return false
    found.push(token)
  }
  found.forEach((token) => used.add(token))
  return true
}

export type DatesResult = { drafts: Draft[]; usedSourceNumbers: Set<NumberToken>; usedTargetNumbers: Set<NumberToken> }

export function checkDates(source: Side, target: Side): DatesResult {
  const usedSourceNumbers = new Set<NumberToken>()
  const usedTargetNumbers = new Set<NumberToken>()
  if (source.dates.length === 0 && target.dates.length === 0) return { drafts: [], usedSourceNumbers, usedTargetNumbers }
  const exact = matchByKeys(source.dates, target.dates, (date) => date.keys)
  const targetLeft = [...exact.targetOnly]
  const sourceLeft = exact.sourceOnly.filter((date) => {
    const index = targetLeft.findIndex((other) => date.keys.some((a) => other.keys.some((b) => compatible(a, b))))
    if (index < 0) return true
    targetLeft.splice(index, 1)
    return false
  })
  const sourceOnly = sourceLeft.filter((date) => !coveredByNumbers(date, target.numbers, usedTargetNumbers))
  const targetOnly = targetLeft.filter((date) => !coveredByNumbers(date, source.numbers, usedSourceNumbers))
  if (sourceOnly.length === 0 && targetOnly.length === 0) return { drafts: [], usedSourceNumbers, usedTargetNumbers }
  const sourceText = sourceOnly.map((date) => date.text).join(', ')
  const targetText = targetOnly.map((date) => date.text).join(', ')
  const draft: Draft = {
    check: 'dates',
    severity: 'major',
    params: { source: sourceText, target: targetText },
    source: sourceOnly.map(spanOf),
    target: targetOnly.map(spanOf),
    diff: diffTokens(source.dates, target.dates, (a, b) => a.keys.some((k) => b.keys.some((l) => compatible(k, l)))),
    detail: `${sourceText}|${targetText}`,
  }
  return { drafts: [draft], usedSourceNumbers, usedTargetNumbers }
}
