// Round, square and curly brackets, full-width ones (Chinese, Japanese) counted as their ASCII
// equivalents.

import { checkPairs, type Mark } from './pairs'
import type { Side } from './side'
import type { Draft } from './types'

const BRACKETS: Record<string, { family: string; opens: boolean }> = {
  '(': { family: '()', opens: true }, ')': { family: '()', opens: false },
  '（': { family: '()', opens: true }, '）': { family: '()', opens: false },
  '[': { family: '[]', opens: true }, ']': { family: '[]', opens: false },
  '［': { family: '[]', opens: true }, '］': { family: '[]', opens: false },
  '【': { family: '[]', opens: true }, '】': { family: '[]', opens: false },
  '{': { family: '{}', opens: true }, '}': { family: '{}', opens: false },
  '｛': { family: '{}', opens: true }, '｝': { family: '{}', opens: false },
}
const BRACKET = /[()（）[\]［］【】{}｛｝]/g
// Closing brackets that close nothing by design: list markers ("a)", "1)", "iv)") and smileys.
const LIST_MARKER = /(?:^|[\s(])[\p{L}\p{N}]{1,3}$/u
const SMILEY = /[:;=]-?$/

function findBrackets(side: Side): Mark[] {
  const marks: Mark[] = []
  side.prose.forEach((text, paragraph) => {
    for (const match of text.matchAll(BRACKET)) {
      const { family, opens } = BRACKETS[match[0]]
      const before = text.slice(Math.max(0, match.index - 4), match.index)
      if (!opens && (LIST_MARKER.test(before) || SMILEY.test(before))) {
        const lastOpen = text.lastIndexOf(family[0], match.index)
        if (lastOpen < 0 || text.lastIndexOf(family[1], match.index - 1) > lastOpen) continue
      }
      marks.push({ paragraph, start: match.index, end: match.index + 1, text: match[0], key: opens ? family[0] : family[1], family, opens })
    }
  })
  return marks
}

export function checkBrackets(source: Side, target: Side): Draft[] {
  return checkPairs('brackets', findBrackets(source), findBrackets(target))
}
