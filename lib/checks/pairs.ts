// Shared by brackets and quotes: marks that come in pairs must be balanced within the
// translation and as many as in the original.

import { diffTokensWithChanges } from './diff-parts'
import { spanOf, type Token } from './text'
import type { CheckCode, Draft } from './types'

/**
 * key: the normalised mark, compared between the sides; family: marks that pair with each
 * other; opens: true/false for directional marks, undefined for marks such as '"' that open
 * and close alike.
 */
export type Mark = Token & { key: string; family: string; opens?: boolean }

/** The marks left without a partner: by nesting for directional marks, by parity otherwise. */
function unbalanced(marks: Mark[]): Mark[] {
  const open = new Map<string, Mark[]>()
  const stray: Mark[] = []
  const undirected = new Map<string, Mark[]>()
  const listOf = (lists: Map<string, Mark[]>, family: string) => lists.get(family) ?? lists.set(family, []).get(family)!
  for (const mark of marks) {
    if (mark.opens === undefined) listOf(undirected, mark.family).push(mark)
    else if (mark.opens) listOf(open, mark.family).push(mark)
    else if (!open.get(mark.family)?.pop()) stray.push(mark)
  }
  for (const list of undirected.values()) if (list.length % 2 === 1) stray.push(list.at(-1)!)
  for (const list of open.values()) stray.push(...list)
  return stray
}

function balanceLabel(source: Mark[], target: Mark[]): string {
  if (source.length > 0 && target.length > 0) return 'both'
  return source.length > 0 ? 'source' : target.length > 0 ? 'target' : 'none'
}

/**
 * One finding when the sides hold different marks, or the translation leaves a mark
 * unpaired that the original does not: an original that is itself unbalanced (OCR, a quote
 * running over several paragraphs) and a translation that follows it are not reported.
 */
export function checkPairs(check: CheckCode, source: Mark[], target: Mark[]): Draft[] {
  if (source.length === 0 && target.length === 0) return []
  const sourceStray = unbalanced(source)
  const targetStray = unbalanced(target)
  const { diff, removed, added } = diffTokensWithChanges(source, target, (a, b) => a.key === b.key)
  if (removed.length === 0 && added.length === 0 && targetStray.length <= sourceStray.length) return []
  const sourceText = source.map((mark) => mark.key).join('')
  const targetText = target.map((mark) => mark.key).join('')
  const byPosition = (a: Mark, b: Mark) => a.paragraph - b.paragraph || a.start - b.start
  const sourceSpans = [...new Set([...removed, ...sourceStray])].sort(byPosition)
  const targetSpans = [...new Set([...added, ...targetStray])].sort(byPosition)
  return [
    {
      check,
      severity: 'minor',
      params: { source: sourceText, target: targetText, unbalanced: balanceLabel(sourceStray, targetStray) },
      source: sourceSpans.map(spanOf),
      target: targetSpans.map(spanOf),
      diff,
      detail: `${sourceText}|${targetText}`,
    },
  ]
}
