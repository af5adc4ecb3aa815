// Public types of the automatic checks. The app stores findings and dismissals by these shapes,
// so changing them is a contract change (see docs/decisions/005-automatic-checks.md).

export const checkCodes = [
  'numbers',
  'dates',
  'urls',
  'emails',
  'entities',
  'brackets',
  'quotes',
  'untranslated',
  'wrong-language',
  'empty-source',
  'empty-target',
  'length-ratio',
] as const

export type CheckCode = (typeof checkCodes)[number]

export type Severity = 'minor' | 'major' | 'critical'

/** A stretch of one paragraph of a bead's side; UTF-16 offsets, end exclusive. */
export type Span = { paragraph: number; start: number; end: number }

export type DiffPart = { value: string; added?: boolean; removed?: boolean }

export type Finding = {
  check: CheckCode
  severity: Severity
  params: Record<string, string | number>
  source: Span[]
  target: Span[]
  diff: DiffPart[]
  fingerprint: string
}

export type CheckInput = {
  source: string[]
  target: string[]
  sourceLang: string
  targetLang: string
  /** Target/source length ratio learned from the whole document (see expectedLengthRatio). */
  expectedRatio?: number
}

/**
 * What a single check returns. `detail` tells apart findings of one check on the same texts
 * for the fingerprint; it must not hold numbers derived from other beads (the document ratio),
 * or a dismissal would be lost whenever another bead changes.
 */
export type Draft = Omit<Finding, 'fingerprint'> & { detail: string }
