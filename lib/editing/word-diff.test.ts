import { diffWords, diffWordsWithSpace, wordDiff as wordTokens, wordsWithSpaceDiff as spacedTokens } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sideOf, surelyOverEditLimit, wordDiff } from './word-diff'

describe('wordDiff', () => {
  it.each([
    ['a changed word', 'The quick brown fox.', 'The quick red fox.', 'en', [['same', 'The quick '], ['removed', 'brown'], ['added', 'red'], ['same', ' fox.']]],
    ['a fixed typo inside a compound', 'strategische WaffenHyperschallraketen vom Typ', 'strategische Waffen – Hyperschallraketen vom Typ', 'de', [['same', 'strategische '], ['removed', 'WaffenHyperschallraketen'], ['added', 'Waffen – Hyperschallraketen'], ['same', ' vom Typ']]],
    ['Chinese, word by word without spaces', '我喜欢吃苹果。', '我喜欢吃香蕉。', 'zh', [['same', '我喜欢吃'], ['removed', '苹果'], ['added', '香蕉'], ['same', '。']]],
    ['only a space changed', 'two  spaces', 'two spaces', 'en', [['same', 'two'], ['removed', '  '], ['added', ' '], ['same', 'spaces']]],
    ['nothing changed', 'Same.', 'Same.', 'en', [['same', 'Same.']]],
    ['an unknown language tag', 'a b', 'a c', 'not a tag!', [['same', 'a '], ['removed', 'b'], ['added', 'c']]],
  ])('shows %s', (_name, before, after, language, expected) => {
    expect(wordDiff(before, after, language).map((p) => [p.kind, p.value])).toEqual(expected)
  })

  it('gives both texts back exactly, for any pair of texts', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'Wort', ' ', '  ', '.', 'é', '😀', '\n', '中文'), { maxLength: 20 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(words, words, (before, after) => {
        const parts = wordDiff(before, after, 'en')
        expect(sideOf(parts, 'before')).toBe(before)
        expect(sideOf(parts, 'after')).toBe(after)
        // Neighbouring parts differ in kind (they are joined otherwise).
        for (let k = 1; k < parts.length; k++) expect(parts[k]!.kind).not.toBe(parts[k - 1]!.kind)
      }),
      { numRuns: 500 },
    )
  })

  it('gives up on word detail for a complete rewrite of a long paragraph (bounded work)', () => {
    const before = Array.from({ length: 4000 }, (_, k) => `alpha${k}`).join(' ')
    const after = Array.from({ length: 4000 }, (_, k) => `beta${k}`).join(' ')
    const parts = wordDiff(before, after, 'en')
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added'])
    expect(sideOf(parts, 'before')).toBe(before)
    expect(sideOf(parts, 'after')).toBe(after)
  })
})

describe('surelyOverEditLimit', () => {
  // Short texts over few distinct words, so that small limits are sometimes over and sometimes not.
  const texts = fc.array(fc.constantFrom('a', 'b', 'c', 'A', ' ', '  ', '.', '\n'), { maxLength: 14 }).map((parts) => parts.join(''))
  const nonEmpty = (tokens: string[]) => tokens.filter((token) => token !== '')

  it('only says so when jsdiff does give up (words, and words with spaces)', () => {
    let over = 0
    fc.assert(
      fc.property(texts, texts, fc.integer({ min: 0, max: 12 }), (before, after, limit) => {
        const words = (text: string) => nonEmpty(wordTokens.tokenize(text, {}))
        if (surelyOverEditLimit(words(before), words(after), (token) => token.trim(), limit)) {
          over++
          expect(diffWords(before, after, { maxEditLength: limit })).toBeUndefined()
        }
        const spaced = (text: string) => nonEmpty(spacedTokens.tokenize(text))
        if (surelyOverEditLimit(spaced(before), spaced(after), (token) => token, limit)) {
          over++
          expect(diffWordsWithSpace(before, after, { maxEditLength: limit })).toBeUndefined()
        }
      }),
      { numRuns: 3000 },
    )
    // The property was put to the test, not passed by never claiming anything.
    expect(over).toBeGreaterThan(300)
  })

  it('recognises a rewrite sharing no word at once, and not a long text with one changed word', () => {
    const before = Array.from({ length: 4000 }, (_, k) => `alpha${k}`)
    const after = Array.from({ length: 4000 }, (_, k) => `beta${k}`)
    expect(surelyOverEditLimit(before, after, (token) => token, 2000)).toBe(true)
    expect(surelyOverEditLimit(before, [...before.slice(1), 'omega'], (token) => token, 2000)).toBe(false)
  })
})
