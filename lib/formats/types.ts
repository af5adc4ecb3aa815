// The shapes the app, the API and the command line exchange with the formats module.
// Export input is built by the app from the database, or by the command line from an
// aligned eval pair; import results are plain data the data-access layer stores.

import type { ImportMessage } from './import-message'

export type ReviewStatus = 'UNREVIEWED' | 'APPROVED' | 'NEEDS_WORK' | 'REJECTED'
export type BeadOrigin = 'AUTO' | 'MANUAL'

export type ExportParagraph = { number: number /* 1-based position in its document */; text: string }

export type ExportCommentReply = { id: string; author: string; body: string; createdAt: Date }

export type ExportComment = {
  id: string
  author: string
  body: string
  createdAt: Date
  isResolved: boolean
  replies: ExportCommentReply[]
}

export type AnnotationCategory =
  | 'MISTRANSLATION'
  | 'OMISSION'
  | 'ADDITION'
  | 'UNTRANSLATED'
  | 'TERMINOLOGY'
  | 'GRAMMAR'
  | 'SPELLING'
  | 'PUNCTUATION'
  | 'STYLE'
  | 'NUMBERS'
  | 'DATES'
  | 'UNITS'
  | 'NAMES'
  | 'OTHER'

export type AnnotationSeverity = 'NEUTRAL' | 'MINOR' | 'MAJOR' | 'CRITICAL'

export type ExportAnnotation = {
  id: string
  side: 'SOURCE' | 'TARGET'
  paragraphNumber: number
  /** UTF-16 offsets inside that paragraph's text, end exclusive. */
  start: number
  end: number
  quote: string
  category: AnnotationCategory
  severity: AnnotationSeverity
  note: string
  status: 'OPEN' | 'RESOLVED' | 'OUTDATED'
}

export type ExportBead = {
  id: string
  index: number /* 1-based */
  source: ExportParagraph[]
  target: ExportParagraph[]
  confidence: number
  origin: BeadOrigin
  isConfirmed: boolean
  reviewStatus: ReviewStatus
  comments: ExportComment[]
  annotations: ExportAnnotation[]
}

export type ExportInput = {
  id: string
  title: string
  sourceLang: string
  targetLang: string /* BCP-47 */
  createdAt: Date
  toolVersion: string
  beads: ExportBead[]
}

export type ExportFormat = 'tmx' | 'xliff12' | 'xliff21' | 'csv' | 'tsv' | 'jsonl'

/** Which beads an export holds. */
export type BeadFilter = 'all' | 'confirmed' | 'approved'

/**
 * What happens to one-sided beads (1-0: not translated, 0-1: added by the translation).
 * `skip` leaves them out; `keep` writes them, with an empty side where the format has no
 * way to say "missing" (see docs/decisions/004-export-mapping.md).
 */
export type OneSidedPolicy = 'skip' | 'keep'

export type ExportOptions = {
  format: ExportFormat
  beads: BeadFilter
  oneSided: OneSidedPolicy
  includeComments: boolean
  includeAnnotations: boolean
  /** Prepend a UTF-8 byte-order mark (for Excel); off by default. */
  bom: boolean
}

export type ImportLimits = { maxBytes: number; maxParagraphs: number; maxChars: number }

export type DocumentFormat = 'PASTE' | 'TXT' | 'MARKDOWN' | 'HTML' | 'DOCX'

export type DetectedLanguage = { tag: string; confidence: number }

export type ImportedDocument = {
  format: DocumentFormat
  /** Plain text before splitting, paragraphs separated by blank lines; re-split it for a preview. */
  text: string
  paragraphs: string[]
  encoding?: string
  language: DetectedLanguage | null
  warnings: ImportMessage[]
}

export type AlignmentFileFormat = 'TMX' | 'XLIFF12' | 'XLIFF2' | 'JSONL'

/** Paragraph ranges are 0-based and end-exclusive, like the Bead table: [srcStart, srcEnd). */
export type ImportedBead = {
  srcStart: number
  srcEnd: number
  tgtStart: number
  tgtEnd: number
  isConfirmed?: boolean
  reviewStatus?: ReviewStatus
  confidence?: number
  origin?: BeadOrigin
}

export type ImportedAlignment = {
  format: AlignmentFileFormat
  title?: string
  sourceLang: string
  targetLang: string
  source: string[]
  target: string[]
  beads: ImportedBead[]
  warnings: ImportMessage[]
}
