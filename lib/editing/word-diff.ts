// A revision of a paragraph shown as a word diff (jsdiff), for the editor's history panel. Words are found with Intl.Segmenter in the paragraph's language, so Chinese,
// Japanese or Thai text (no spaces between words) is compared word by word too.
import { diffWords, diffWordsWithSpace, wordDiff as wordTokens, wordsWithSpaceDiff as spacedTokens } from 'diff'

export type WordDiffPart = { value: string; kind: 'same' | 'added' | 'removed' }

// jsdiff's time grows with the square of the number of differences; a rewrite past this many
// edits is shown as the old text removed and the new one added, which is what it is anyway.
const MAX_EDIT_LENGTH = 2_000

function segmenter(languageTag: string | undefined): Intl.Segmenter | undefined {
  if (!languageTag) return undefined
  try {
    return new Intl.Segmenter(languageTag, { granularity: 'word' })
  } catch {
    return undefined
  }
}

type Change = { value: string; added?: boolean; removed?: boolean }

/**
 * Whether jsdiff is sure to give up (find no diff within `limit` edits), known without running
 * it: every token not matched is an edit, and no more tokens can be matched than the two texts
 * have in common. A complete rewrite is recognised at the cost of tokenising it, instead of after
 * jsdiff's `limit` rounds (seconds for a long paragraph). `key` is the token as jsdiff compares it.
 */
export function surelyOverEditLimit(before: string[], after: string[], key: (token: string) => string, limit: number): boolean {
  const counts = new Map<string, number>()
  for (const token of before) {
    const k = key(token)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  let common = 0
  for (const token of after) {
    const k = key(token)
    const left = counts.get(k) ?? 0
    if (left === 0) continue
    counts.set(k, left - 1)
    common++
  }
  return before.length + after.length - 2 * common > limit
}

const nonEmpty = (tokens: string[]) => tokens.filter((token) => token !== '')
// How jsdiff compares tokens: words without their surrounding white space; with spaces, exactly.
const trimmed = (token: string) => token.trim()
const exact = (token: string) => token

/**
 * surelyOverEditLimit on the texts as `tokenize` splits them. Tokens are never empty, so texts with
 * no more code units between them than the limit cannot be over it: those (nearly every paragraph)
 * are not tokenised twice, once here and once by jsdiff.
 */
function textsOverEditLimit(before: string, after: string, tokenize: (text: string) => string[], key: (token: string) => string): boolean {
  if (before.length + after.length <= MAX_EDIT_LENGTH) return false
  return surelyOverEditLimit(nonEmpty(tokenize(before)), nonEmpty(tokenize(after)), key, MAX_EDIT_LENGTH)
}

/**
 * The parts of `before` and `after`, in reading order; adjacent parts of one kind are joined.
 * Both texts can always be read back from the parts (sideOf): diffWords reads best but folds
 * changes of whitespace away, so a revision that only changed spaces is diffed with spaces as words.
 */
export function wordDiff(before: string, after: string, languageTag?: string): WordDiffPart[] {
  const intlSegmenter = segmenter(languageTag)
  const options = { maxEditLength: MAX_EDIT_LENGTH, ...(intlSegmenter ? { intlSegmenter } : {}) }
  const whole: Change[] = [
    { value: before, removed: true },
    { value: after, added: true },
  ]
  if (textsOverEditLimit(before, after, (text) => wordTokens.tokenize(text, options), trimmed)) return toParts(whole)
  const parts = toParts(diffWords(before, after, options) ?? whole)
  if (sideOf(parts, 'before') === before && sideOf(parts, 'after') === after) return parts
  if (textsOverEditLimit(before, after, (text) => spacedTokens.tokenize(text), exact)) return toParts(whole)
  return toParts(diffWordsWithSpace(before, after, options) ?? whole)
}

function toParts(changes: Change[]): WordDiffPart[] {
  const parts: WordDiffPart[] = []
  for (const change of changes) {
    if (!change.value) continue
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const last = parts.at(-1)
    if (last && last.kind === kind) last.value += change.value
    else parts.push({ value: change.value, kind })
  }
  return parts
}

/** The text on one side of a diff: `before` without the added parts, `after` without the removed ones. */
export function sideOf(parts: WordDiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'added' : 'removed'
  return parts.filter((part) => part.kind !== skip).map((part) => part.value).join('')
}
