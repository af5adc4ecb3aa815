// Splitting prose into the word-like chunks the entity and untranslated checks look at.

import type { Token } from './text'

// Edges that belong to the sentence, not to the word: quotes, brackets, sentence punctuation.
const LEADING = /^["'“”„‟«»‹›‘’‚(\[{<¿¡*]+/u
const TRAILING = /["'“”„‟«»‹›‘’)\]}>.,;:!?…*]+$/u
const POSSESSIVE = /['’]s$/u

/** Whitespace-separated chunks of a paragraph with sentence punctuation trimmed off. */
export function chunks(paragraph: number, text: string): Token[] {
  const out: Token[] = []
  for (const match of text.matchAll(/\S+/g)) {
    let start = match.index
    let end = start + match[0].length
    const lead = LEADING.exec(match[0])?.[0].length ?? 0
    start += lead
    let word = text.slice(start, end)
    // Keep the closing bracket of "ar(1)" and "deb-control(5)": it belongs to the name.
    let trail = TRAILING.exec(word)?.[0] ?? ''
    if (trail.startsWith(')') && word.includes('(')) trail = trail.slice(trail.lastIndexOf(')') + 1)
    end -= trail.length
    word = text.slice(start, end)
    const possessive = POSSESSIVE.exec(word)?.[0].length ?? 0
    end -= possessive
    if (end > start) out.push({ paragraph, start, end, text: text.slice(start, end) })
  }
  return out
}
