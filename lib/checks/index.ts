// Automatic wording-difference checks between the source and target paragraphs of one bead.
// Pure: no I/O, no framework; runs on the server and in the browser alike.
// Decisions and measurements: docs/decisions/005-automatic-checks.md.

export { checkAlignment, documentRatio } from './check-alignment'
export type { AlignmentFinding, BeadTexts, CheckProgress, FindingCache } from './check-alignment'
export { checkBead } from './check-bead'
export { describeFinding } from './describe'
export { expectedLengthRatio } from './length-ratio'
export { checkCodes } from './types'
export type { CheckCode, CheckInput, DiffPart, Finding, Severity, Span } from './types'
