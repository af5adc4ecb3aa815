// Small text helpers shared by the checks. asciiDigits and blank keep the string's length, so an
// offset found in a working copy is an offset in the paragraph the reviewer sees.

import type { Span } from './types'

/** A piece of one paragraph of one side; `text` is the paragraph's own text at [start, end). */
export type Token = Span & { text: string }

// Arabic-Indic (U+0660), Extended Arabic-Indic (U+06F0), Devanagari (U+0966) and full-width
// (U+FF10) digits are one UTF-16 unit each, like ASCII digits, so mapping them keeps offsets.
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0xff10]
const SEPARATORS: Record<string, string> = {
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
  '\uFF0C': ',', // full-width comma
  '\uFF0E': '.', // full-width full stop
  '\uFF1A': ':', // full-width colon
  '\uFF0F': '/', // full-width solidus
}
const NON_ASCII_NUMERIC = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\uFF10-\uFF19\u066B\u066C\uFF0C\uFF0E\uFF1A\uFF0F]/g

/** Maps other digit systems and their separators to ASCII, keeping the length. */
export function asciiDigits(text: string): string {
  return text.replace(NON_ASCII_NUMERIC, (char) => {
    const code = char.charCodeAt(0)
    for (const block of DIGIT_BLOCKS) if (code >= block && code <= block + 9) return String(code - block)
    return SEPARATORS[char] ?? char
  })
}

/** Replaces the given ranges with spaces, so later checks do not look inside them again. */
export function blank(text: string, ranges: { start: number; end: number }[]): string {
  if (ranges.length === 0) return text
  let out = ''
  let at = 0
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at) continue
    out += text.slice(at, start) + ' '.repeat(end - start)
    at = end
  }
  return out + text.slice(at)
}

/**
 * A loose spelling key for telling whether a name on one side appears on the other
 * ("Coalition"/"Koalition", "Secretary"/"Sekretär", "Kushner"/"Kuschner", "Kaschmir"/
 * "Cachemire", "Mustagh"/"Muztagh"): lower case, no diacritics, a few spelling variants that
 * differ between European languages merged.
 */
export function spellingKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/sch/g, 'sh')
    .replace(/ch/g, 'sh')
    .replace(/z/g, 's')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/c/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
}

/** Whether `index` starts a sentence: paragraph start, or after . ! ? : … and an optional opening quote. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && /[\s"'“”„«»‹›‘’‚(\[¿¡—–-]/u.test(text[i])) i--
  return i < 0 || /[.!?:;…。！？]/u.test(text[i])
}

export function spanOf(token: Token): Span {
  return { paragraph: token.paragraph, start: token.start, end: token.end }
}

export function wholeParagraphs(paragraphs: string[]): Span[] {
  return paragraphs.map((text, paragraph) => ({ paragraph, start: 0, end: text.length }))
}
