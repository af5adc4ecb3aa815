// Double quotation marks in every language's style: “…” (en), „…“ (de), «…» (fr, ru), "…",
// 「…」 and 『…』 (zh, ja), all compared as '"'. Single quotes are left out: ’ and ' are also
// apostrophes (it's, l'homme), so counting them would report every elision.

import { checkPairs, type Mark } from './pairs'
import type { Side } from './side'
import type { Draft } from './types'

// Curly quotes open in one language and close in another („…“ versus “…”), so they pair by
// parity; guillemets and corner brackets have a direction of their own.
const QUOTES: Record<string, { family: string; opens?: boolean }> = {
  '"': { family: '"' }, '“': { family: '"' }, '”': { family: '"' }, '„': { family: '"' }, '‟': { family: '"' },
  '＂': { family: '"' }, '〝': { family: '"' }, '〞': { family: '"' },
  '«': { family: '«»', opens: true }, '»': { family: '«»', opens: false },
  '‹': { family: '‹›', opens: true }, '›': { family: '‹›', opens: false },
  '「': { family: '「」', opens: true }, '」': { family: '「」', opens: false },
  '『': { family: '『』', opens: true }, '』': { family: '『』', opens: false },
}
const QUOTE = /["“”„‟＂〝〞«»‹›「」『』]/g

function findQuotes(side: Side): Mark[] {
  const marks: Mark[] = []
  side.prose.forEach((text, paragraph) => {
    for (const match of text.matchAll(QUOTE)) {
      const { family, opens } = QUOTES[match[0]]
      marks.push({ paragraph, start: match.index, end: match.index + 1, text: match[0], key: '"', family, opens })
    }
  })
  return marks
}

export function checkQuotes(source: Side, target: Side): Draft[] {
  return checkPairs('quotes', findQuotes(source), findQuotes(target))
}
