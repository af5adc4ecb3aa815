import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countSentences, cutPoints, END_CLASSES, endClassOf, START_CLASSES, startClassOf, visibleLength } from './features'
import { isNumberToken, tokensOf } from './tokenizer'

describe('countSentences', () => {
  it.each([
    ['one sentence', 'The system starts.', 1],
    ['two sentences', 'The system starts. Then it stops.', 2],
    ['question and exclamation', 'Does it work? Yes! It does.', 3],
    ['a date is not a sentence end', 'Am 12. August 2024 erschien die Version.', 1],
    ['section numbers are not sentence ends', 'See section 5.2.1. Title of it.', 1],
    ['initials are not sentence ends', 'Written by J. R. Hacker in Paris.', 1],
    ['lower case after a stop continues the sentence', 'Use e.g. apt. it works.', 1],
    ['closing quotes after the stop', '“It works.” Then it stopped.', 2],
    ['Chinese full-width stops', '安装完成。请重新启动。系统就绪。', 3],
    ['Arabic question mark', 'هل يعمل؟ نعم يعمل.', 2],
    ['a heading', '7.2.1. Configuring a Program', 1],
    ['empty', '', 1],
  ])('%s', (_name, text, expected) => {
    expect(countSentences(text)).toBe(expected)
  })
})

describe('endClassOf', () => {
  it.each([
    ['Ends with a stop.', 'stop'],
    ['Ends with a quote.”', 'stop'],
    ['as follows:', 'colon'],
    ['a list item;', 'semicolon'],
    ['an item,', 'comma'],
    ['7.1. Documentation Sources', 'none'],
    ['安装完成。', 'stop'],
    ['هل يعمل؟', 'stop'],
    ['(see above)', 'none'],
    ['—', 'other'],
    ['', 'other'],
  ])('%j ends as %s', (text, expected) => {
    expect(END_CLASSES[endClassOf(text)]).toBe(expected)
  })
})

describe('visibleLength', () => {
  it.each([
    ['plain', 'abc', 3],
    ['runs of white space count once', 'a  \n\t b', 3],
    ['leading and trailing space do not count', '  ab  ', 2],
    ['astral characters count once', '𝔘𝔫𝔦', 3],
    ['CJK', '数据库', 3],
    ['empty', '', 0],
  ])('%s', (_name, text, expected) => {
    expect(visibleLength(text)).toBe(expected)
  })
})

describe('cutPoints', () => {
  it('lists the relative positions after sentence and clause punctuation', () => {
    const text = 'One two. Three: four; five.'
    expect([...cutPoints(text)].map((x) => Math.round(x * text.length))).toEqual([9, 16, 22])
  })
  it('cuts after full-width punctuation without a space', () => {
    expect(cutPoints('安装完成。请重新启动。')).toHaveLength(1)
  })
})

describe('tokensOf', () => {
  it.each([
    ['words are lower-cased', 'Debian GNU', ['debian', 'gnu']],
    ['accents are dropped', 'Zürich Éric', ['zurich', 'eric']],
    ['joined tokens keep their parts', 'apt-get', ['apt-get', 'apt', 'get']],
    ['file names', '/etc/apt/sources.list', ['etc/apt/sources.list', 'etc', 'apt', 'sources', 'list']],
    ['e-mail addresses', 'bugs@debian.org', ['bugs@debian.org', 'bugs', 'debian', 'org']],
    ['section numbers', '5.2.1', ['5.2.1', '5', '2', '1']],
    ['trailing punctuation is no joiner', 'end. next', ['end', 'next']],
    ['Cyrillic', 'Пакет dpkg', ['пакет', 'dpkg']],
    ['unbroken CJK runs longer than a token are skipped', '数'.repeat(100) + ' apt', ['apt']],
  ])('%s', (_name, text, expected) => {
    expect(tokensOf(text)).toEqual(expected)
  })

  it.each([
    ['12', true],
    ['5.2.1', true],
    ['2024-05-01', true],
    ['10:30', true],
    ['x86', false],
    ['64-bit', false],
  ])('isNumberToken(%j) = %s', (token, expected) => {
    expect(isNumberToken(token)).toBe(expected)
  })
})

describe('tokensOf: case and accents are folded character by character', () => {
  it.each([
    ['decomposed accents (combining marks) are dropped as precomposed ones are', 'Zu\u0308rich Zürich', ['zurich', 'zurich']],
    ['upper-case Cyrillic and Greek', 'ПАКЕТ Ἀθῆναι', ['пакет', 'αθηναι']],
    ['Arabic vowel marks are dropped', 'مُدِير مدير', ['مدير', 'مدير']],
    ['joiners stay inside joined tokens', 'Version 5.2.1 und apt-get', ['version', '5.2.1', '5', '2', '1', 'und', 'apt-get', 'apt', 'get']],
    ['a Hangul syllable is kept whole', '설치', ['설치']],
  ])('%s', (_name, text, expected) => {
    expect(tokensOf(text)).toEqual(expected)
  })
})

describe('startClassOf', () => {
  it.each([
    ['5.2.1. Title', 'digit'],
    ['  Leading space, then a capital', 'upper'],
    ['lower-case start', 'lower'],
    ['Ärger', 'upper'],
    ['Пакет', 'upper'],
    ['安装完成。', 'caseless'],
    ['مدير', 'caseless'],
    ['- a list item', 'mark'],
    ['«Quoted»', 'mark'],
    ['𝐀 astral capital', 'upper'],
    ['', 'mark'],
  ])('%j begins as %s', (text, expected) => {
    expect(START_CLASSES[startClassOf(text)]).toBe(expected)
  })
})

// The regular expressions countSentences and cutPoints were first written with, kept as their
// definition: the hand-written scanners must give exactly what these give.
const SENTENCE_END = /[.!?…؟।]+["'’”»)\]]*\s+(?=[^\p{Ll}\s])/gu
const CJK_SENTENCE_END = /[。！？]+(?=[\s」』”]*[^\s」』”])/gu
const NUMBER_OR_INITIAL = /^(?:[\p{N}.,]+|\p{L})$/u
const CUT_POINT = /[.!?…:;؟।]+["'’”»)\]]*\s+|[。！？：；]+/gu

function sentencesByRegex(text: string): number {
  let count = 1
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match[0][0] === '.' && match[0][1] !== '.') {
      let start = match.index
      while (start > 0 && !/\s/.test(text[start - 1])) start--
      if (NUMBER_OR_INITIAL.test(text.slice(start, match.index))) continue
    }
    count++
  }
  return count + (text.match(CJK_SENTENCE_END)?.length ?? 0)
}

function cutsByRegex(text: string): number[] {
  const cuts: number[] = []
  for (const match of text.matchAll(CUT_POINT)) {
    const at = match.index + match[0].length
    if (at < text.length) cuts.push(Math.fround(at / text.length))
  }
  return cuts
}

// Everything the scanners treat specially, and neighbours that they must not: marks of both widths,
// closers, white space (U+0085 is none for \s), lower and upper case (astral ones too), digits,
// letters of caseless scripts and lone surrogates.
const ALPHABET = [
  ...'.!?…؟।:;,。！？：；"\'’”»)]」』“(', ' ', '\n', '\t', '\u00a0', '\u3000', '\u2003', '\u0085', '\ufeff',
  ...'abzéßπжABZÉΠЖ0129安文ا', '𝑎', '𝐀', '\ud800', '\udc00',
]
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((units) => units.join(''))

// How a paragraph ends and begins, worked out per character each time (the module remembers it per code unit).
const END_OF: Record<string, string> = { '.': 'stop', '!': 'stop', '?': 'stop', '…': 'stop', '。': 'stop', '！': 'stop', '？': 'stop', '؟': 'stop', '।': 'stop', ':': 'colon', '：': 'colon', ';': 'semicolon', '；': 'semicolon', '؛': 'semicolon', ',': 'comma', '，': 'comma', '、': 'comma', '،': 'comma' }
function endByRegex(text: string): string {
  let k = text.length - 1
  while (k >= 0 && (/["'’”»›)\]}」』】〉》）］＂]/.test(text[k]) || /\s/.test(text[k]))) k--
  if (k < 0) return 'other'
  return END_OF[text[k]] ?? (/[\p{L}\p{N}]/u.test(text[k]) ? 'none' : 'other')
}
function startByRegex(text: string): string {
  const first = String.fromCodePoint(text.replace(/^[\s\u0085]+/, '').codePointAt(0) ?? 32)
  if (/\p{N}/u.test(first)) return 'digit'
  if (/\p{Lu}|\p{Lt}/u.test(first)) return 'upper'
  if (/\p{Ll}/u.test(first)) return 'lower'
  return /\p{L}/u.test(first) ? 'caseless' : 'mark'
}

describe('the scans and per-character tables give what the regular expressions give', () => {
  it('on random text made of the characters that matter', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(countSentences(text)).toBe(sentencesByRegex(text))
        expect([...cutPoints(text)]).toEqual(cutsByRegex(text))
        expect(END_CLASSES[endClassOf(text)]).toBe(endByRegex(text))
        expect(START_CLASSES[startClassOf(text)]).toBe(startByRegex(text))
      }),
      { numRuns: 5000 },
    )
  })
  it.each([
    ['a date', 'Am 12. August 2024.'],
    ['a run of full-width stops at the end', '完成。。'],
    ['a full-width stop before closers at the end', '完成。」 '],
    ['marks, a closer, another mark', 'Yes.)! No'],
    ['an astral lower-case letter after a stop', 'End. 𝑎 b'],
    ['no-break space after a stop', 'End.\u00a0Next'],
  ])('%s', (_name, text) => {
    expect(countSentences(text)).toBe(sentencesByRegex(text))
    expect([...cutPoints(text)]).toEqual(cutsByRegex(text))
  })
})
