// Turning jsdiff change objects into the DiffPart shape the app renders.

import { diffArrays } from 'diff'
import type { DiffPart } from './types'
import type { Token } from './text'

export type TokenDiff<T> = { diff: DiffPart[]; removed: T[]; added: T[] }

// jsdiff takes time quadratic in the number of differences. Real beads differ in a handful of
// tokens; past this many the tokens are shown as all removed and all added instead.
const MAX_TOKEN_EDITS = 100

/**
 * Token-level difference of two token lists in document order: tokens that `same` pairs up are
 * shown once (with the target's spelling), the rest as removed (source) or added (target).
 */
export function diffTokens<T extends Token>(source: T[], target: T[], same: (a: T, b: T) => boolean): DiffPart[] {
  return diffTokensWithChanges(source, target, same).diff
}

/** As diffTokens, and which tokens the difference removed and added, for highlighting. */
export function diffTokensWithChanges<T extends Token>(source: T[], target: T[], same: (a: T, b: T) => boolean): TokenDiff<T> {
  const changes = (
    diffArrays(source, target, { comparator: same, maxEditLength: MAX_TOKEN_EDITS }) ?? [
      { value: source, removed: true, added: false, count: source.length },
      { value: target, added: true, removed: false, count: target.length },
    ]
  ).filter((change) => change.value.length > 0)
  const removed = changes.flatMap((change) => (change.removed ? change.value : []))
  const added = changes.flatMap((change) => (change.added ? change.value : []))
  const parts = changes.map((change) => {
    const part: DiffPart = { value: change.value.map((token) => token.text).join(' ') }
    if (change.added) part.added = true
    if (change.removed) part.removed = true
    return part
  })
  // jsdiff joins tokens inside a change; put a space between neighbouring changes too.
  const diff = parts.map((part, i) => (i < parts.length - 1 ? { ...part, value: part.value + ' ' } : part))
  return { diff, removed, added }
}
