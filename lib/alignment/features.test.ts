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
