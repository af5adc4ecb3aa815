// The penalty points each annotation severity costs, per project (Project.severityWeights).
// Pure: shared by the server, the browser and the score.
import { z } from 'zod'
import { defaultSeverityWeights, type SeverityWeights } from './severities'

export { defaultSeverityWeights, severities, type AnnotationSeverity, type SeverityWeights } from './severities'

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
