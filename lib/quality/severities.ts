// The annotation severities and their default weights, without zod: browser bundles import
// this (zod's schemas probe \`Function("")\`, which the Content-Security-Policy reports).

export const severities = ['NEUTRAL', 'MINOR', 'MAJOR', 'CRITICAL'] as const
export type AnnotationSeverity = (typeof severities)[number]
export type SeverityWeights = Record<AnnotationSeverity, number>

/** MQM's customary multipliers (themqm.org, "The MQM Scoring Models"): 0, 1, 5, 25. */
export const defaultSeverityWeights: SeverityWeights = { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25 }
