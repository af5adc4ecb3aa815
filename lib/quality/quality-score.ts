// The MQM-style quality score of an alignment, from its annotations (pure).
//
// Absolute penalty total (APT) = sum of the severity weights of the annotations; the
// normed penalty total is APT per 1,000 source words (MQM's reference word count), and the
// score is 100 minus that, never below 0 (themqm.org, "Values and Scores": maximum score
// value 100, reference word count 1,000). docs/decisions/005-automatic-checks.md says why
// every annotation counts, resolved or not, and why the open ones are shown apart.
import type { AnnotationSeverity, SeverityWeights } from './severity-weights'
import { severities } from './severities'

export const REFERENCE_WORDS = 1000
export const MAX_SCORE = 100

export type ScoredAnnotation = { category: string; severity: AnnotationSeverity; status: 'OPEN' | 'RESOLVED' | 'OUTDATED' }

export type PenaltySummary = {
  annotations: number
  penalty: number
  penaltyPerThousandWords: number
  bySeverity: Record<AnnotationSeverity, number>
}

export type QualityScore = PenaltySummary & {
  sourceWords: number
  /** 0–100; null when the source has no words (nothing to score). */
  score: number | null
  /** The same figures for the annotations still open (what remains to fix). */
  open: PenaltySummary
  /** Penalty points per category, all annotations. */
  byCategory: Record<string, { annotations: number; penalty: number }>
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function summarise(annotations: readonly ScoredAnnotation[], weights: SeverityWeights, sourceWords: number): PenaltySummary {
  const bySeverity = Object.fromEntries(severities.map((severity) => [severity, 0])) as Record<AnnotationSeverity, number>
  let penalty = 0
  for (const annotation of annotations) {
    bySeverity[annotation.severity]++
    penalty += weights[annotation.severity]
  }
  return {
    annotations: annotations.length,
    penalty: round(penalty),
    penaltyPerThousandWords: sourceWords > 0 ? round((penalty * REFERENCE_WORDS) / sourceWords) : 0,
    bySeverity,
  }
}

export function qualityScore({ annotations, weights, sourceWords }: { annotations: readonly ScoredAnnotation[]; weights: SeverityWeights; sourceWords: number }): QualityScore {
  const all = summarise(annotations, weights, sourceWords)
  const byCategory: QualityScore['byCategory'] = {}
  for (const annotation of annotations) {
    const entry = (byCategory[annotation.category] ??= { annotations: 0, penalty: 0 })
    entry.annotations++
    entry.penalty = round(entry.penalty + weights[annotation.severity])
  }
  return {
    ...all,
    sourceWords,
    score: sourceWords > 0 ? round(Math.max(0, MAX_SCORE - all.penaltyPerThousandWords)) : null,
    open: summarise(
      annotations.filter((annotation) => annotation.status === 'OPEN'),
      weights,
      sourceWords,
    ),
    byCategory,
  }
}
