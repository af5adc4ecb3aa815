// The penalty points each annotation severity costs, per project (Project.severityWeights).
// Pure: shared by the server, the browser and the score.
import { z } from 'zod'

export const severities = ['NEUTRAL', 'MINOR', 'MAJOR', 'CRITICAL'] as const
export type AnnotationSeverity = (typeof severities)[number]
export type SeverityWeights = Record<AnnotationSeverity, number>

/** MQM's customary multipliers (themqm.org, "The MQM Scoring Models"): 0, 1, 5, 25. */
export const defaultSeverityWeights: SeverityWeights = { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25 }

const weight = z.number().finite().min(0, 'A weight cannot be negative.').max(1000, 'A weight can be at most 1,000 points.')

export const severityWeightsSchema = z
  .object({ NEUTRAL: weight, MINOR: weight, MAJOR: weight, CRITICAL: weight })
  .strict()
  .refine((w) => w.NEUTRAL <= w.MINOR && w.MINOR <= w.MAJOR && w.MAJOR <= w.CRITICAL, {
    message: 'Weights must not decrease from neutral to critical.',
  })

/**
 * The weights stored for a project. A row written before validation existed (or by hand)
 * may not parse: the defaults then apply rather than a broken score.
 */
export function readSeverityWeights(stored: unknown): SeverityWeights {
  const parsed = severityWeightsSchema.safeParse(stored)
  return parsed.success ? parsed.data : defaultSeverityWeights
}
