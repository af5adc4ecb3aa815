// Tokens: runs of letters and digits joined by . _ - / @ : + (file names, versions, URLs, e-mail
// addresses, section numbers); a joined token also contributes its parts. Tokens are lower-cased,
// accents dropped ("Zürich" = "Zurich"), and identified by a 64-bit hash so that the millions of
// token occurrences in a long document never become strings of their own: case and accents are
// folded one UTF-16 code unit at a time, through a table filled as characters are first seen.

export type TokenBuffer = {
  count: number
  /** The text the ranges refer to (as given: tokenText folds case and accents). */
  text: string
  hashA: Int32Array
  hashB: Int32Array
  start: Int32Array
  end: Int32Array
  isNumber: Uint8Array
}

// Tables over every UTF-16 code unit, so that no look-up reads past the end (which would make V8
// recompile the tokenizer).
const JOINER_UNIT = new Uint8Array(65536)
for (const ch of '._-/@:+') JOINER_UNIT[ch.charCodeAt(0)] = 1
// Joiners that may appear inside a number (5.2.1, 2024-05-01, 10:30, 1/2).
const NUMBER_JOINER_UNIT = new Uint8Array(65536)
for (const ch of '._-/:') NUMBER_JOINER_UNIT[ch.charCodeAt(0)] = 1
const DIGIT_GROUPS = /^\p{N}+(?:[._\-/:]\p{N}+)*$/u
const COMBINING_MARK = /\p{M}+/gu
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
// Longer runs are unbroken CJK text or data, never a shared name or number; skipping them keeps
// huge paragraphs cheap.
const MAX_TOKEN_LENGTH = 64
// Per UTF-16 code unit, worked out once: whether it is part of a word (0 = not yet known) and what
// it folds to (lower case, accents dropped; DROPPED for a combining mark). Surrogate halves count as
// non-word: astral letters are too rare to matter for alignment.
const WORD_UNIT = new Uint8Array(65536)
const FOLDED = new Uint16Array(65536)
const IS_WORD = 1
const IS_NOT_WORD = 2
const DROPPED = 0

function learnUnit(code: number): number {
  const ch = String.fromCharCode(code)
  if (code >= 0xd800 && code <= 0xdfff) return (WORD_UNIT[code] = IS_NOT_WORD)
  if (!WORD_CHAR.test(ch)) return (WORD_UNIT[code] = IS_NOT_WORD)
  const lower = ch.toLowerCase()
  const base = lower.normalize('NFD').replace(COMBINING_MARK, '')
  // A letter that decomposes into several letters (a Hangul syllable) stays as it is.
  FOLDED[code] = base.length === 0 ? DROPPED : base.length === 1 ? base.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : code
  return (WORD_UNIT[code] = IS_WORD)
}
for (let code = 0; code < 128; code++) learnUnit(code)
// Joiners are no word units but belong to the tokens they join.
for (let code = 0; code < 128; code++) if (JOINER_UNIT[code] === 1) FOLDED[code] = code

export function isNumberToken(token: string): boolean {
  const first = token.charCodeAt(0)
  return first >= 48 && first <= 57 && DIGIT_GROUPS.test(token)
}

// A text has at most one token per code unit (a joined token's parts included): a buffer sized for
// the longest text never grows (growing replaces its arrays, which makes V8 recompile the tokenizer),
// up to this size, beyond which a rare giant paragraph grows it instead.
const MAX_INITIAL_CAPACITY = 1 << 16

/** A buffer for tokenising texts of up to `longest` code units without growing. */
export function createTokenBuffer(longest = 256): TokenBuffer {
  const capacity = Math.max(16, Math.min(MAX_INITIAL_CAPACITY, longest + 1))
  return {
    count: 0,
    text: '',
    hashA: new Int32Array(capacity),
    hashB: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    isNumber: new Uint8Array(capacity),
  }
}

function grow(buffer: TokenBuffer): void {
  const capacity = buffer.hashA.length * 2
  const copy = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
    const bigger = make(capacity)
    bigger.set(array)
    return bigger
  }
  buffer.hashA = copy(buffer.hashA, (n) => new Int32Array(n))
  buffer.hashB = copy(buffer.hashB, (n) => new Int32Array(n))
  buffer.start = copy(buffer.start, (n) => new Int32Array(n))
  buffer.end = copy(buffer.end, (n) => new Int32Array(n))
  buffer.isNumber = copy(buffer.isNumber, (n) => new Uint8Array(n))
}

// Two independent 32-bit multiplicative hashes (FNV-1a and a MurmurHash-style mix); together they
// make a collision between two of a document's tokens vanishingly unlikely.
const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193
const MIX_SEED = 0x9747b28c | 0
const MIX_PRIME = 0x5bd1e995

/** Hashes the folded text[start, end) (all word units) and pushes it, unless it folds to nothing. */
function pushRange(buffer: TokenBuffer, text: string, start: number, end: number): void {
  const fnvPrime = FNV_PRIME
  const mixPrime = MIX_PRIME
  const dropped = DROPPED
  const folded = FOLDED
  const numberJoiner = NUMBER_JOINER_UNIT
  let a = FNV_OFFSET
  let b = MIX_SEED
  let isNumber = true
  let isEmpty = true
  for (let k = start; k < end; k++) {
    const code = folded[text.charCodeAt(k)]
    if (code === dropped) continue
    isEmpty = false
    a = Math.imul(a ^ code, fnvPrime)
    b = Math.imul(b ^ code, mixPrime)
    b ^= b >>> 15
    if ((code < 48 || code > 57) && numberJoiner[code] !== 1) isNumber = false
  }
  if (isEmpty) return
  if (buffer.count === buffer.hashA.length) grow(buffer)
  const k = buffer.count++
  buffer.hashA[k] = a
  buffer.hashB[k] = b
  buffer.start[k] = start
  buffer.end[k] = end
  buffer.isNumber[k] = isNumber ? 1 : 0
}

/** Fills `buffer` with the tokens of `text`, in text order (a token may repeat). */
export function tokenize(text: string, buffer: TokenBuffer): void {
  // The tables as locals: bundled, module variables are loaded again on every use in a loop.
  const wordUnit = WORD_UNIT
  const joinerUnit = JOINER_UNIT
  const isWord = IS_WORD
  buffer.count = 0
  buffer.text = text
  const length = text.length
  let k = 0
  while (k < length) {
    let code = text.charCodeAt(k)
    if ((wordUnit[code] || learnUnit(code)) !== isWord) {
      k++
      continue
    }
    const start = k
    let hasJoiner = false
    for (;;) {
      while (k < length) {
        code = text.charCodeAt(k)
        if ((wordUnit[code] || learnUnit(code)) !== isWord) break
        k++
      }
      if (k + 1 < length && joinerUnit[text.charCodeAt(k)] === 1) {
        const next = text.charCodeAt(k + 1)
        if ((wordUnit[next] || learnUnit(next)) === isWord) {
          hasJoiner = true
          k++
          continue
        }
      }
      break
    }
    if (k - start > MAX_TOKEN_LENGTH) continue
    pushRange(buffer, text, start, k)
    if (!hasJoiner) continue
    // A joined token also contributes its parts (joiners are ASCII, never word units).
    let partStart = start
    for (let x = start; x <= k; x++) {
      if (x === k || joinerUnit[text.charCodeAt(x)] === 1) {
        if (x > partStart) pushRange(buffer, text, partStart, x)
        partStart = x + 1
      }
    }
  }
}

/** The text of token k of the buffer (lower case, accents dropped). */
export function tokenText(buffer: TokenBuffer, k: number): string {
  let token = ''
  for (let x = buffer.start[k]; x < buffer.end[k]; x++) {
    const folded = FOLDED[buffer.text.charCodeAt(x)]
    if (folded !== DROPPED) token += String.fromCharCode(folded)
  }
  return token
}

/** All tokens of a text as strings (for tests and reasons; the aligner works on hashes). */
export function tokensOf(text: string): string[] {
  const buffer = createTokenBuffer()
  tokenize(text, buffer)
  return Array.from({ length: buffer.count }, (_, k) => tokenText(buffer, k))
}
