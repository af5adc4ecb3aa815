// Numbers that differ between the sides, compared by value whatever the locale writes:
// "1,000.5" (en) = "1.000,5" (de) = "1 000,5" (fr), "٢٤" = "24" = "２４", "5th" = "5." = "5e".

import { diffTokens } from './diff-parts'
import { matchByKeys } from './match'
import type { Side } from './side'
import { spelledNumbers } from './spelled-numbers'
import { spanOf, type Token } from './text'
import type { Draft } from './types'

export type NumberToken = Token & { keys: readonly string[] }

// A run of digits with the separators numbers use inside them. A space, no-break space, narrow
// no-break space or thin space only groups thousands when exactly three digits follow. Digits
// glued to a Latin, Cyrillic or Greek letter before them ("ext4", "i386", "x86_64", "IPv6")
// are names, not quantities (Chinese and Japanese put digits right after a character:
// "格式5.3.2"); letters after them are units or ordinal endings ("4GB", "5th", "6e").
const NOT_AFTER = '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_])'
const NUMBER = new RegExp(`${NOT_AFTER}\\d+(?:(?:[.,:'’]|[ \\u00A0\\u202F\\u2009](?=\\d{3}(?!\\d)))\\d+)*`, 'gu')
// Digits glued to a name ("RFC2822", "ext4"): not numbers, but they may stand for a number the
// other side writes apart ("RFC 2822").
const GLUED = /(?<=[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}_])\d+/gu
// French and others write times as "14h30", "14 h 30" or "13 h. 30".
const TIME_WITH_H = new RegExp(`${NOT_AFTER}(\\d{1,2}) ?h\\.? ?(\\d{2})(?!\\d)`, 'gu')
const MERIDIEM = /^\s?([ap])\.?m\.?(?![\p{L}])/iu
const GROUPING = /^[ \u00A0\u202F\u2009'’]$/

/** Digit runs glued to letters, which findNumbers leaves out. */
export function gluedDigits(working: string): string[] {
  return (working.match(GLUED) ?? []).map(integer)
}

function integer(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '')
}

function isGrouped(groups: string[]): boolean {
  return groups[0].length <= 3 && groups.slice(1).every((group) => group.length === 3)
}

/**
 * Every value a written number may stand for. Ambiguous writings give several keys
 * ("1,000" is a thousand in English and one in German), so a German translation that keeps
 * English digit grouping is not reported: formatting is not what this check is about.
 * Returns undefined when the run is not one number but several ("2017 100", "1:2:3:4").
 */
function numberKeys(raw: string): string[] | undefined {
  const separators = [...new Set(raw.replace(/\d/g, ''))]
  const groups = raw.split(/\D/)
  if (separators.length === 0) return [integer(raw)]
  if (separators.length === 1) {
    const [separator] = separators
    if (separator === ':') return groups.length <= 3 ? [`time:${groups.map(integer).join(':')}`] : undefined
    if (GROUPING.test(separator)) return isGrouped(groups) ? [integer(groups.join(''))] : undefined
    if (groups.length === 2) {
      const [whole, fraction] = groups
      // "1.000" is a thousand, not a one written with three decimals.
      if (fraction === '000') return [integer(whole + fraction)]
      const keys = [decimal(whole, fraction)]
      if (fraction.length === 3 && whole !== '0') keys.push(integer(whole + fraction))
      return keys
    }
    // Section, version and address numbers ("9.1.2", "2.6.32", "192.168.0.1"), or grouping.
    const keys = [`seq:${groups.map(integer).join('.')}`]
    if (isGrouped(groups)) keys.push(integer(groups.join('')))
    return keys
  }
  // Two kinds of separator: the last one is the decimal mark, the others group thousands.
  const decimalMark = raw.at(-1 - groups.at(-1)!.length)!
  const wholeGroups = groups.slice(0, -1)
  if (separators.includes(':') || raw.indexOf(decimalMark) !== raw.length - 1 - groups.at(-1)!.length || !isGrouped(wholeGroups)) {
    return [`seq:${groups.map(integer).join('.')}`]
  }
  return [decimal(wholeGroups.join(''), groups.at(-1)!)]
}

/** Trailing zeros of a fraction do not change the value: "8847,60" = "8847,6". */
function decimal(whole: string, fraction: string): string {
  const trimmed = fraction.replace(/0+$/, '')
  return trimmed ? `${integer(whole)}.${trimmed}` : integer(whole)
}

function timeKey(hours: number, minutes: string): string {
  return `time:${hours}:${integer(minutes)}`
}

export function findNumbers(paragraph: number, working: string, text: string): NumberToken[] {
  const numbers: NumberToken[] = []
  for (const match of working.matchAll(TIME_WITH_H)) {
    const end = match.index + match[0].length
    numbers.push({ paragraph, start: match.index, end, text: text.slice(match.index, end), keys: [timeKey(Number(match[1]), match[2])] })
  }
  const times = [...numbers]
  for (const match of working.matchAll(NUMBER)) {
    if (times.some((time) => match.index < time.end && time.start < match.index + match[0].length)) continue
    const raw = match[0]
    const start = match.index
    const end = start + raw.length
    let keys = numberKeys(raw)
    if (!keys) {
      // Not one number: take each digit run on its own.
      for (const part of raw.matchAll(/\d+/g)) {
        const at = start + part.index
        numbers.push({ paragraph, start: at, end: at + part[0].length, text: text.slice(at, at + part[0].length), keys: [integer(part[0])] })
      }
      continue
    }
    const after = working.slice(end, end + 6)
    // "2:30 pm" is the 24-hour "14:30"; German writes "14.30 Uhr".
    const meridiem = MERIDIEM.exec(after)
    if (meridiem && keys[0].startsWith('time:')) {
      const [hours, minutes = '0'] = keys[0].slice(5).split(':')
      keys = [timeKey((Number(hours) % 12) + (meridiem[1].toLowerCase() === 'p' ? 12 : 0), minutes)]
    } else if (/^\s?Uhr\b/.test(after) && /^\d{1,2}\.\d{2}$/.test(raw)) {
      const [hours, minutes] = raw.split('.')
      keys = [...keys, timeKey(Number(hours), minutes)]
    }
    numbers.push({ paragraph, start, end, text: text.slice(start, end), keys })
  }
  return numbers.sort((a, b) => a.start - b.start)
}

export function sharesKey(a: { keys: readonly string[] }, b: { keys: readonly string[] }): boolean {
  return a.keys.some((key) => b.keys.includes(key))
}

function intValue(token: NumberToken): number | undefined {
  return /^\d+$/.test(token.keys[0]) ? Number(token.keys[0]) : undefined
}

/**
 * Drops tokens the other side has in another form: written out in words ("2" / "zwei"), or
 * glued to a name ("2822" / "RFC2822").
 */
function withoutOtherForms(tokens: NumberToken[], other: Side): NumberToken[] {
  if (tokens.length === 0) return tokens
  const spelled = spelledNumbers(other.paragraphs.join('\n'), other.language.code)
  const glued = [...other.glued]
  return tokens.filter((token) => {
    const value = intValue(token)
    const gluedAt = glued.indexOf(token.keys[0])
    if (gluedAt >= 0) {
      glued.splice(gluedAt, 1)
      return false
    }
    const count = value === undefined ? 0 : (spelled.get(value) ?? 0)
    if (count === 0) return true
    spelled.set(value!, count - 1)
    return false
  })
}

/**
 * `sourceNumbers`/`targetNumbers` are the sides' numbers minus those a date on the other side
 * already accounted for (see dates.ts).
 */
export function checkNumbers(source: Side, target: Side, sourceNumbers: NumberToken[], targetNumbers: NumberToken[]): Draft[] {
  const matched = matchByKeys(sourceNumbers, targetNumbers, (token) => token.keys)
  const sourceOnly = withoutOtherForms(matched.sourceOnly, target)
  const targetOnly = withoutOtherForms(matched.targetOnly, source)
  if (sourceOnly.length === 0 && targetOnly.length === 0) return []
  const sourceText = sourceOnly.map((token) => token.text).join(', ')
  const targetText = targetOnly.map((token) => token.text).join(', ')
  return [
    {
      check: 'numbers',
      severity: 'major',
      params: { source: sourceText, target: targetText },
      source: sourceOnly.map(spanOf),
      target: targetOnly.map(spanOf),
      diff: diffTokens(sourceNumbers, targetNumbers, sharesKey),
      detail: `${sourceText}|${targetText}`,
    },
  ]
}
