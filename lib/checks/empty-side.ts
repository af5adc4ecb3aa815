// A side with no text: the translation left the original out (omission), or added text the
// original does not have (addition). Publisher boilerplate (credit lines, links to the
// original, comment forms) is the usual addition, so an addition is only minor; a lost
// paragraph of the original is major.

import { isEmptySide, type Side } from './side'
import { wholeParagraphs } from './text'
import type { Draft } from './types'

export function checkEmptySides(source: Side, target: Side): Draft[] {
  const sourceEmpty = isEmptySide(source)
  const targetEmpty = isEmptySide(target)
  if (sourceEmpty === targetEmpty) return []
  const [full, check] = sourceEmpty ? [target, 'empty-source' as const] : [source, 'empty-target' as const]
  const text = full.paragraphs.join('\n\n')
  return [
    {
      check,
      severity: sourceEmpty ? 'minor' : 'major',
      params: { paragraphs: full.paragraphs.length, characters: text.length },
      source: sourceEmpty ? [] : wholeParagraphs(source.paragraphs),
      target: sourceEmpty ? wholeParagraphs(target.paragraphs) : [],
      diff: [sourceEmpty ? { value: text, added: true } : { value: text, removed: true }],
      detail: '',
    },
  ]
}
