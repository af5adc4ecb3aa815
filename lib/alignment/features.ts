// Cheap per-paragraph features, computed once per paragraph: what survives translation
// (length, sentence count, final punctuation, break points, and tokens such as numbers, names and code).

/** How a paragraph ends; translators keep headings as headings and list items as list items. */
export const END_CLASSES = ['stop', 'colon', 'semicolon', 'comma', 'none', 'other'] as const
export type EndClass = (typeof END_CLASSES)[number]

/** How a paragraph begins: numbered headings and list items, quotes and dashes survive translation. */
export const START_CLASSES = ['digit', 'upper', 'lower', 'caseless', 'mark'] as const

export type ParagraphFeatures = {
  /** Length in code points, whitespace runs counted as one. */
  length: number
  sentences: number
  /** Index into END_CLASSES. */
  endClass: number
  /** Index into START_CLASSES. */
  startClass: number
  /** Where a translator could cut the paragraph in two (after . ! ? : ;), as fractions of its length. */
  cuts: Float32Array
}

// Closing quotes and brackets are skipped when looking at the last character: `“Yes.”` ends a sentence.
const CLOSERS = new Set([...'"\'’”»›)]}」』】〉》）］＂'])
const END_BY_CHAR: Record<string, EndClass> = {
  '.': 'stop', '!': 'stop', '?': 'stop', '…': 'stop', '。': 'stop', '！': 'stop', '？': 'stop', '؟': 'stop', '।': 'stop',
  ':': 'colon', '：': 'colon',
  ';': 'semicolon', '；': 'semicolon', '؛': 'semicolon',
  ',': 'comma', '，': 'comma', '、': 'comma', '،': 'comma',
}

// A sentence ends at . ! ? … followed by space and a character that is not a lower-case letter,
// or at a full-width terminator (CJK text has no spaces). The word before a full stop must not be
// a bare number ("12. August", "5.2.1. Title") or a single letter (initials).
const SENTENCE_END = /[.!?…؟।]+["'’”»)\]]*\s+(?=[^\p{Ll}\s])/gu
const CJK_SENTENCE_END = /[。！？]+(?=[\s」』”]*[^\s」』”])/gu
const NUMBER_OR_INITIAL = /^(?:[\p{N}.,]+|\p{L})$/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
// Places where a paragraph can be split: after sentence or clause punctuation followed by space,
// or after a full-width one (no space in CJK text).
const CUT_POINT = /[.!?…:;؟।]+["'’”»)\]]*\s+|[。！？：；]+/gu

export function endClassOf(text: string): number {
  let k = text.length - 1
  while (k >= 0 && (CLOSERS.has(text[k]) || JS_SPACE[text.charCodeAt(k)] === 1)) k--
  if (k < 0) return END_CLASSES.indexOf('other')
  const last = text[k]
  const known = END_BY_CHAR[last]
  if (known) return END_CLASSES.indexOf(known)
  return END_CLASSES.indexOf(LETTER_OR_DIGIT.test(last) ? 'none' : 'other')
}

const START_DIGIT = /\p{N}/u
const START_UPPER = /\p{Lu}|\p{Lt}/u
const START_LOWER = /\p{Ll}/u
const START_LETTER = /\p{L}/u

export function startClassOf(text: string): number {
  let k = 0
  while (k < text.length && SPACE_UNIT[text.charCodeAt(k)] === 1) k++
  const first = String.fromCodePoint(text.codePointAt(k) ?? 32)
  if (START_DIGIT.test(first)) return 0
  if (START_UPPER.test(first)) return 1
  if (START_LOWER.test(first)) return 2
  if (START_LETTER.test(first)) return 3
  return 4
}

export function countSentences(text: string): number {
  let count = 1
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match[0][0] === '.' && match[0][1] !== '.') {
      let start = match.index
      while (start > 0 && JS_SPACE[text.charCodeAt(start - 1)] !== 1) start--
      if (NUMBER_OR_INITIAL.test(text.slice(start, match.index))) continue
    }
    count++
  }
  return count + (text.match(CJK_SENTENCE_END)?.length ?? 0)
}

export function cutPoints(text: string): Float32Array {
  const cuts: number[] = []
  for (const match of text.matchAll(CUT_POINT)) {
    const at = match.index + match[0].length
    if (at < text.length) cuts.push(at / text.length)
  }
  return Float32Array.from(cuts)
}

// Unicode white space (what \s matches), for counting a run of it as one character.
const SPACE_UNIT = new Uint8Array(65536)
for (const code of [9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE_UNIT[code] = 1
for (let code = 0x2000; code <= 0x200a; code++) SPACE_UNIT[code] = 1
// What the regular expression \s matches (all of the above but U+0085), without a regular expression per character.
const JS_SPACE = Uint8Array.from(SPACE_UNIT, (isSpace, code) => (code === 0x85 ? 0 : isSpace))

/** Characters (code points) of the trimmed text with every run of white space counted once. */
export function visibleLength(text: string): number {
  let length = 0
  let pendingSpace = false
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (SPACE_UNIT[code] === 1) {
      pendingSpace = length > 0
      continue
    }
    if (pendingSpace) length++
    pendingSpace = false
    // The low half of a surrogate pair belongs to the character already counted.
    const isPairEnd = code >= 0xdc00 && code <= 0xdfff && k > 0 && text.charCodeAt(k - 1) >= 0xd800 && text.charCodeAt(k - 1) <= 0xdbff
    if (!isPairEnd) length++
  }
  return length
}

/** Length, sentences, ending and break points; tokens are collected per document pair (shared-tokens.ts). */
export function paragraphFeatures(text: string): ParagraphFeatures {
  return { length: visibleLength(text), sentences: countSentences(text), endClass: endClassOf(text), startClass: startClassOf(text), cuts: cutPoints(text) }
}
