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
  }
}
