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

/** Marks paragraphs whose text (white space collapsed) occurs again on the same side. */
export function repeatedParagraphs(texts: string[]): Uint8Array {
  const keys = texts.map((text) => text.trim().replace(/\s+/g, ' '))
  const counts = new Map<string, number>()
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
    sourceRuns: buildRuns(source, shared.source, shared.vocabulary.length),
    targetRuns: buildRuns(target, shared.target, shared.vocabulary.length),
    repeatedS: repeatedParagraphs(sourceTexts),
    repeatedT: repeatedParagraphs(targetTexts),
  }
}
