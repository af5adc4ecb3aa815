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
const END_CLOSERS = '"\'’”»›)]}」』】〉》）］＂'
const END_BY_CHAR: Record<string, EndClass> = {
  '.': 'stop', '!': 'stop', '?': 'stop', '…': 'stop', '。': 'stop', '！': 'stop', '？': 'stop', '؟': 'stop', '।': 'stop',
  ':': 'colon', '：': 'colon',
  ';': 'semicolon', '；': 'semicolon', '؛': 'semicolon',
  ',': 'comma', '，': 'comma', '、': 'comma', '،': 'comma',
}

// A sentence ends at . ! ? … followed by space and a character that is not a lower-case letter,
// or at a full-width terminator (CJK text has no spaces). The word before a full stop must not be
// a bare number ("12. August", "5.2.1. Title") or a single letter (initials). A paragraph can be
// split after sentence or clause punctuation followed by space, or after a full-width one.
// countSentences and cutPoints scan for these by hand, one code unit at a time: the regular
// expressions they are equivalent to (features.test.ts checks that on random text) took most of the
// time of preparing a long document.
const NUMBER_OR_INITIAL = /^(?:[\p{N}.,]+|\p{L})$/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LOWER_CASE = /^\p{Ll}$/u

function unitTable(characters: string): Uint8Array {
  const table = new Uint8Array(65536)
  for (const ch of characters) table[ch.charCodeAt(0)] = 1
  return table
}

const SENTENCE_MARK = unitTable('.!?…؟।')
const CLAUSE_MARKS = '.!?…:;؟।'
const CLAUSE_MARK = unitTable(CLAUSE_MARKS)
const CLOSER = unitTable('"\'’”»)]')
const FULL_WIDTH_SENTENCE_MARK = unitTable('。！？')
const FULL_WIDTH_CLAUSE_MARKS = '。！？：；'
const FULL_WIDTH_CLAUSE_MARK = unitTable(FULL_WIDTH_CLAUSE_MARKS)
const FULL_WIDTH_CLOSER = unitTable('」』”')
const DOT = 46
// Every mark either scan stops at (all clause marks include the sentence marks).
const ANY_MARK = unitTable(CLAUSE_MARKS + FULL_WIDTH_CLAUSE_MARKS)

const END_CLOSER = unitTable(END_CLOSERS)
// Per UTF-16 code unit: 1 + the index of the class a paragraph ending in it has (0 = not yet worked out).
const END_CLASS_OF_UNIT = new Uint8Array(65536)

function learnEndClass(code: number): number {
  const ch = String.fromCharCode(code)
  const known = END_BY_CHAR[ch]
  const endClass = END_CLASSES.indexOf(known ?? (LETTER_OR_DIGIT.test(ch) ? 'none' : 'other'))
  END_CLASS_OF_UNIT[code] = endClass + 1
  return endClass
}

export function endClassOf(text: string): number {
  let k = text.length - 1
  while (k >= 0 && (END_CLOSER[text.charCodeAt(k)] === 1 || JS_SPACE[text.charCodeAt(k)] === 1)) k--
  if (k < 0) return END_CLASSES.indexOf('other')
  const code = text.charCodeAt(k)
  const known = END_CLASS_OF_UNIT[code]
  return known > 0 ? known - 1 : learnEndClass(code)
}

const START_DIGIT = /\p{N}/u
const START_UPPER = /\p{Lu}|\p{Lt}/u
const START_LOWER = /\p{Ll}/u
const START_LETTER = /\p{L}/u

function startClassOfCharacter(first: string): number {
  if (START_DIGIT.test(first)) return 0
  if (START_UPPER.test(first)) return 1
  if (START_LOWER.test(first)) return 2
  if (START_LETTER.test(first)) return 3
  return 4
}

// Per BMP code point: 1 + its start class (0 = not yet worked out); astral ones are looked at each time.
const START_CLASS_OF_UNIT = new Uint8Array(65536)

export function startClassOf(text: string): number {
  let k = 0
  while (k < text.length && SPACE_UNIT[text.charCodeAt(k)] === 1) k++
  const point = text.codePointAt(k) ?? 32
  if (point > 0xffff) return startClassOfCharacter(String.fromCodePoint(point))
  const known = START_CLASS_OF_UNIT[point]
  if (known > 0) return known - 1
  const startClass = startClassOfCharacter(String.fromCharCode(point))
  START_CLASS_OF_UNIT[point] = startClass + 1
  return startClass
}

// Per UTF-16 code unit: whether it is a lower-case letter (0 = not yet known), worked out on first sight.
const LOWER_UNIT = new Uint8Array(65536)
const IS_LOWER = 1
const IS_NOT_LOWER = 2

/** Whether the code point at k is a lower-case letter (\p{Ll}). */
function isLowerCaseAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k)
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(k) ?? code
    return LOWER_CASE.test(String.fromCodePoint(point))
  }
  let known = LOWER_UNIT[code]
  if (known === 0) known = LOWER_UNIT[code] = code >= 0xdc00 && code <= 0xdfff ? IS_NOT_LOWER : LOWER_CASE.test(String.fromCharCode(code)) ? IS_LOWER : IS_NOT_LOWER
  return known === IS_LOWER
}

/** End of the run of units in `table` starting at k. */
function skip(text: string, k: number, table: Uint8Array): number {
  while (k < text.length && table[text.charCodeAt(k)] === 1) k++
  return k
}

/** Whether a full stop at `at` follows a bare number or a single letter (and so ends no sentence). */
function followsNumberOrInitial(text: string, at: number): boolean {
  let start = at
  while (start > 0 && JS_SPACE[text.charCodeAt(start - 1)] !== 1) start--
  return NUMBER_OR_INITIAL.test(text.slice(start, at))
}

/**
 * Where the sentence scan that met a mark at k resumes, and whether that mark ends a sentence:
 * marks, closing quotes and brackets, white space, then anything but a lower-case letter. Full-width
 * marks end a sentence when anything but space and closers follows; a run of two or more ends one
 * in any case (the last mark is what follows the others).
 */
function sentenceEndAt(text: string, k: number, code: number, scan: Scan): number {
  const length = text.length
  if (SENTENCE_MARK[code] === 1) {
    const spaceStart = skip(text, skip(text, k, SENTENCE_MARK), CLOSER)
    const end = skip(text, spaceStart, JS_SPACE)
    if (end === spaceStart || end === length || isLowerCaseAt(text, end)) return end
    if (code === DOT && text.charCodeAt(k + 1) !== DOT && followsNumberOrInitial(text, k)) return end
    scan.sentences++
    return end
  }
  const end = skip(text, k, FULL_WIDTH_SENTENCE_MARK)
  let next = end
  while (next < length && (JS_SPACE[text.charCodeAt(next)] === 1 || FULL_WIDTH_CLOSER[text.charCodeAt(next)] === 1)) next++
  if (next < length || end - k >= 2) scan.sentences++
  return end
}

/** Where the cut scan that met a mark at k resumes, recording the cut after it (if inside the text). */
function cutAt(text: string, k: number, code: number, cuts: number[]): number {
  if (CLAUSE_MARK[code] === 1) {
    const spaceStart = skip(text, skip(text, k, CLAUSE_MARK), CLOSER)
    const end = skip(text, spaceStart, JS_SPACE)
    if (end > spaceStart && end < text.length) cuts.push(end / text.length)
    return end
  }
  const end = skip(text, k, FULL_WIDTH_CLAUSE_MARK)
  if (end < text.length) cuts.push(end / text.length)
  return end
}

type Scan = { length: number; sentences: number; cuts: number[] }

/**
 * One pass over the text for its visible length, sentence count and cut points. The sentence and
 * cut scans each skip what they consumed at a mark (their own cursor), exactly as each would alone.
 */
function scanText(text: string): Scan {
  const scan: Scan = { length: 0, sentences: 1, cuts: [] }
  // The tables as locals: bundled, module variables are loaded again on every use in a loop.
  const spaces = SPACE_UNIT
  const marks = ANY_MARK
  let length = 0
  let pendingSpace = false
  let sentenceFrom = 0
  let cutFrom = 0
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (spaces[code] === 1) {
      pendingSpace = length > 0
      continue
    }
    if (pendingSpace) length++
    pendingSpace = false
    // The low half of a surrogate pair belongs to the character already counted.
    const isPairEnd = code >= 0xdc00 && code <= 0xdfff && k > 0 && text.charCodeAt(k - 1) >= 0xd800 && text.charCodeAt(k - 1) <= 0xdbff
    if (!isPairEnd) length++
    if (marks[code] !== 1) continue
    if (k >= sentenceFrom && (SENTENCE_MARK[code] === 1 || FULL_WIDTH_SENTENCE_MARK[code] === 1)) sentenceFrom = sentenceEndAt(text, k, code, scan)
    if (k >= cutFrom) cutFrom = cutAt(text, k, code, scan.cuts)
  }
  scan.length = length
  return scan
}

export function countSentences(text: string): number {
  return scanText(text).sentences
}

/** Where a translator could cut the paragraph in two, as fractions of its length. */
export function cutPoints(text: string): Float32Array {
  return new Float32Array(scanText(text).cuts)
}

// Unicode white space (what \s matches), for counting a run of it as one character.
const SPACE_UNIT = new Uint8Array(65536)
for (const code of [9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE_UNIT[code] = 1
for (let code = 0x2000; code <= 0x200a; code++) SPACE_UNIT[code] = 1
// What the regular expression \s matches (all of the above but U+0085), without a regular expression per character.
const JS_SPACE = SPACE_UNIT.slice()
JS_SPACE[0x85] = 0

/** Characters (code points) of the trimmed text with every run of white space counted once. */
export function visibleLength(text: string): number {
  return scanText(text).length
}

/** Length, sentences, ending and break points; tokens are collected per document pair (shared-tokens.ts). */
export function paragraphFeatures(text: string): ParagraphFeatures {
  const { length, sentences, cuts } = scanText(text)
  return { length, sentences, endClass: endClassOf(text), startClass: startClassOf(text), cuts: new Float32Array(cuts) }
}
