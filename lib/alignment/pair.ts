// Everything about a document pair that does not depend on the model parameters, computed once.
import { type ParagraphFeatures, paragraphFeatures } from './features'
import { buildRuns, type Runs } from './runs'
import { findSharedTokens, type SharedTokens } from './shared-tokens'

export type Pair = {
  source: ParagraphFeatures[]
  target: ParagraphFeatures[]
  shared: SharedTokens
  sourceRuns: Runs
  targetRuns: Runs
  /** 1 where the paragraph's text occurs more than once on its side (a recurring heading, boilerplate). */
  repeatedS: Uint8Array
  repeatedT: Uint8Array
}

// Two 32-bit hashes of a paragraph's text without its white space, combined into one exact
// integer key (53 bits): cheaper than building a normalised copy of every paragraph.
const HASH_LOW = 2 ** 32

function textKey(text: string): number {
  let a = 0x811c9dc5 | 0
  let b = 0x9747b28c | 0
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code <= 32 || code === 0xa0) continue
    a = Math.imul(a ^ code, 0x01000193)
    b = Math.imul(b ^ code, 0x5bd1e995)
    b ^= b >>> 15
  }
  return (a >>> 11) * HASH_LOW + (b >>> 0)
}

/** Marks paragraphs whose text (white space aside) occurs again on the same side. */
export function repeatedParagraphs(texts: string[]): Uint8Array {
  const keys = texts.map(textKey)
  const counts = new Map<number, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  return Uint8Array.from(keys, (key) => ((counts.get(key) ?? 0) > 1 ? 1 : 0))
}

export function preparePair(sourceTexts: string[], targetTexts: string[]): Pair {
  const source = sourceTexts.map(paragraphFeatures)
  const target = targetTexts.map(paragraphFeatures)
  const shared = findSharedTokens(sourceTexts, targetTexts)
  return {
    source,
    target,
    shared,
    sourceRuns: buildRuns(source),
    targetRuns: buildRuns(target),
    repeatedS: repeatedParagraphs(sourceTexts),
    repeatedT: repeatedParagraphs(targetTexts),
  }
}
