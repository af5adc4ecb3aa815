// One side of a bead, read once: every check works from this, so links, dates and numbers are
// found once per paragraph and each piece of text is claimed by one check only.

import { findDates, type DateToken } from './dates'
import { language, type Language } from './languages'
import { findLinks, type LinkToken } from './links'
import { findNumbers, gluedDigits, type NumberToken } from './numbers'
import { asciiDigits, blank, type Token } from './text'
import { chunks } from './words'

export type Side = {
  paragraphs: string[]
  language: Language
  links: LinkToken[]
  dates: DateToken[]
  numbers: NumberToken[]
  /** Digit runs glued to letters ("RFC2822"), for numbers the other side writes apart. */
  glued: string[]
  /** Each paragraph with links and dates blanked out (same length), for the word-level checks. */
  prose: string[]
  /** The word-like chunks of `prose`, per paragraph. */
  words: Token[][]
}

export function readSide(paragraphs: string[], languageTag: string): Side {
  const lang = language(languageTag)
  const side: Side = { paragraphs, language: lang, links: [], dates: [], numbers: [], glued: [], prose: [], words: [] }
  paragraphs.forEach((text, paragraph) => {
    const links = findLinks(paragraph, text)
    const working = blank(asciiDigits(text), links)
    const dates = findDates(paragraph, working, text, lang)
    side.links.push(...links)
    side.dates.push(...dates)
    const numeric = blank(working, dates)
    side.numbers.push(...findNumbers(paragraph, numeric, text))
    side.glued.push(...gluedDigits(numeric))
    const prose = blank(text, [...links, ...dates])
    side.prose.push(prose)
    side.words.push(chunks(paragraph, prose))
  })
  return side
}

export function isEmptySide(side: Side): boolean {
  return side.paragraphs.every((text) => text.trim() === '')
}
