// Tokens: runs of letters and digits joined by . _ - / @ : + (file names, versions, URLs, e-mail
// addresses, section numbers); a joined token also contributes its parts. Tokens are lower-cased,
// accents dropped ("Zürich" = "Zurich"), and identified by a 64-bit hash so that the millions of
// token occurrences in a long document never become strings of their own.

export type TokenBuffer = {
  count: number
  /** The lower-cased text the ranges refer to. */
  text: string
  hashA: Int32Array
  hashB: Int32Array
  start: Int32Array
  end: Int32Array
  isNumber: Uint8Array
  /** The token's text when it is not simply text.slice(start, end) (accents dropped). */
  normalized: (string | undefined)[]
}

const JOINER_UNIT = new Uint8Array(128)
for (const ch of '._-/@:+') JOINER_UNIT[ch.charCodeAt(0)] = 1
// Joiners that may appear inside a number (5.2.1, 2024-05-01, 10:30, 1/2).
const NUMBER_JOINER_UNIT = new Uint8Array(128)
for (const ch of '._-/:') NUMBER_JOINER_UNIT[ch.charCodeAt(0)] = 1
const DIGIT_GROUPS = /^\p{N}+(?:[._\-/:]\p{N}+)*$/u
const COMBINING_MARK = /\p{M}+/gu
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
// Longer runs are unbroken CJK text or data, never a shared name or number; skipping them keeps
// huge paragraphs cheap.
const MAX_TOKEN_LENGTH = 64
// Whether each UTF-16 code unit is part of a word, worked out once per code unit (0 = not yet known).
// Surrogate halves count as non-word: astral letters are too rare to matter for alignment.
const WORD_UNIT = new Uint8Array(65536)
const IS_WORD = 1
const IS_NOT_WORD = 2
for (let code = 0; code < 128; code++) WORD_UNIT[code] = /[a-zA-Z0-9]/.test(String.fromCharCode(code)) ? IS_WORD : IS_NOT_WORD

function isWordUnit(code: number): boolean {
  let known = WORD_UNIT[code]
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? IS_WORD : IS_NOT_WORD
    WORD_UNIT[code] = known
  }
  return known === IS_WORD
}

export function isNumberToken(token: string): boolean {
  const first = token.charCodeAt(0)
  return first >= 48 && first <= 57 && DIGIT_GROUPS.test(token)
}

export function createTokenBuffer(): TokenBuffer {
  const capacity = 256
  return {
    count: 0,
    text: '',
    hashA: new Int32Array(capacity),
    hashB: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    isNumber: new Uint8Array(capacity),
    normalized: [],
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

function push(buffer: TokenBuffer, hashA: number, hashB: number, start: number, end: number, isNumber: boolean, normalized?: string): void {
  if (buffer.count === buffer.hashA.length) grow(buffer)
  const k = buffer.count++
  buffer.hashA[k] = hashA
  buffer.hashB[k] = hashB
  buffer.start[k] = start
  buffer.end[k] = end
  buffer.isNumber[k] = isNumber ? 1 : 0
  buffer.normalized[k] = normalized
}

// Two independent 32-bit multiplicative hashes (FNV-1a and a MurmurHash-style mix); together they
// make a collision between two of a document's tokens vanishingly unlikely.
const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193
const MIX_SEED = 0x9747b28c | 0
const MIX_PRIME = 0x5bd1e995

/** Hashes text[start, end) and pushes it; ASCII only (callers check). */
function pushRange(buffer: TokenBuffer, text: string, start: number, end: number): void {
  let a = FNV_OFFSET
  let b = MIX_SEED
  let isNumber = true
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k)
    a = Math.imul(a ^ code, FNV_PRIME)
    b = Math.imul(b ^ code, MIX_PRIME)
    b ^= b >>> 15
    if ((code < 48 || code > 57) && NUMBER_JOINER_UNIT[code] !== 1) isNumber = false
  }
  push(buffer, a, b, start, end, isNumber)
}

function pushString(buffer: TokenBuffer, token: string, start: number, end: number): void {
  let a = FNV_OFFSET
  let b = MIX_SEED
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k)
    a = Math.imul(a ^ code, FNV_PRIME)
    b = Math.imul(b ^ code, MIX_PRIME)
    b ^= b >>> 15
  }
  push(buffer, a, b, start, end, isNumberToken(token), token)
}

/** A token of plain ASCII: the whole token and, if joined, its parts, straight from the text. */
function pushAscii(buffer: TokenBuffer, text: string, start: number, end: number, hasJoiner: boolean): void {
  pushRange(buffer, text, start, end)
  if (!hasJoiner) return
  let partStart = start
  for (let k = start; k <= end; k++) {
    if (k === end || JOINER_UNIT[text.charCodeAt(k)] === 1) {
      if (k > partStart) pushRange(buffer, text, partStart, k)
      partStart = k + 1
    }
  }
}

/** Any other token: accents dropped first, so the token becomes a string of its own. */
function pushNormalised(buffer: TokenBuffer, text: string, start: number, end: number, hasJoiner: boolean): void {
  const token = text.slice(start, end).normalize('NFD').replace(COMBINING_MARK, '')
  if (token === '') return
  pushString(buffer, token, start, end)
  if (!hasJoiner) return
  let partStart = 0
  for (let k = 0; k <= token.length; k++) {
    if (k === token.length || JOINER_UNIT[token.charCodeAt(k)] === 1) {
      if (k > partStart) pushString(buffer, token.slice(partStart, k), start, end)
      partStart = k + 1
    }
  }
}

/** Fills `buffer` with the tokens of `text`, in text order (a token may repeat). */
export function tokenize(text: string, buffer: TokenBuffer): void {
  const lower = text.toLowerCase()
  buffer.count = 0
  buffer.text = lower
  buffer.normalized.length = 0
  const length = lower.length
  let k = 0
  while (k < length) {
    if (!isWordUnit(lower.charCodeAt(k))) {
      k++
      continue
    }
    const start = k
    let hasJoiner = false
    let isAscii = true
    for (;;) {
      while (k < length) {
        const code = lower.charCodeAt(k)
        if (!isWordUnit(code)) break
        if (code > 127) isAscii = false
        k++
      }
      if (k + 1 < length && JOINER_UNIT[lower.charCodeAt(k)] === 1 && isWordUnit(lower.charCodeAt(k + 1))) {
        hasJoiner = true
        k++
        continue
      }
      break
    }
    if (k - start > MAX_TOKEN_LENGTH) continue
    if (isAscii) pushAscii(buffer, lower, start, k, hasJoiner)
    else pushNormalised(buffer, lower, start, k, hasJoiner)
  }
}

/** The text of token k of the buffer. */
export function tokenText(buffer: TokenBuffer, k: number): string {
  return buffer.normalized[k] ?? buffer.text.slice(buffer.start[k], buffer.end[k])
}

/** All tokens of a text as strings (for tests and reasons; the aligner works on hashes). */
export function tokensOf(text: string): string[] {
  const buffer = createTokenBuffer()
  tokenize(text, buffer)
  return Array.from({ length: buffer.count }, (_, k) => tokenText(buffer, k))
}
