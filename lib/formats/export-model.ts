// What every exporter shares: which beads are written, how a side of a bead becomes one
// string, the Tandem metadata each format stores in its own extension slot, and the
// human-readable text of comments and annotations. The mapping is documented in
// docs/decisions/004-export-mapping.md.
import type { ExportAnnotation, ExportBead, ExportComment, ExportInput, ExportOptions, ExportParagraph } from './types'

/**
 * A side with several paragraphs is written as one text, paragraphs separated by a blank
 * line. Import splits it with splitParagraphs('blank-lines'), which gives the paragraphs
 * back exactly because Tandem's paragraphs never hold a blank line or surrounding
 * whitespace (they are made by that same function).
 */
export const PARAGRAPH_SEPARATOR = '\n\n'

export type ExportContext = {
  input: ExportInput
  options: ExportOptions
  /** Canonical BCP-47 tags. */
  sourceLang: string
  targetLang: string
  /** The beads this export writes, after the filter and the one-sided policy. */
  beads: ExportBead[]
}

/** One format: the text before the beads, one bead, the text after. */
export type FormatWriter = {
  header: (ctx: ExportContext) => string
  bead: (bead: ExportBead, ctx: ExportContext) => string
  footer: (ctx: ExportContext) => string
}

export function selectBeads(beads: ExportBead[], options: Pick<ExportOptions, 'beads' | 'oneSided'>): ExportBead[] {
  return beads.filter(
    (bead) =>
      (options.beads === 'all' ||
        (options.beads === 'confirmed' && bead.isConfirmed) ||
        (options.beads === 'approved' && bead.reviewStatus === 'APPROVED')) &&
      (options.oneSided === 'keep' || isTwoSided(bead)),
  )
}

export function isTwoSided(bead: ExportBead): boolean {
  return bead.source.length > 0 && bead.target.length > 0
}

export function sideText(paragraphs: ExportParagraph[]): string {
  return paragraphs.map((paragraph) => paragraph.text).join(PARAGRAPH_SEPARATOR)
}

/** "2-1": source paragraphs, then target paragraphs. */
export function beadType(bead: ExportBead): string {
  return `${bead.source.length}-${bead.target.length}`
}

/** "3" or "3-4" (1-based, inclusive); "" for an empty side. */
export function paragraphRange(paragraphs: ExportParagraph[]): string {
  if (paragraphs.length === 0) return ''
  const first = paragraphs[0].number
  const last = paragraphs[paragraphs.length - 1].number
  return first === last ? String(first) : `${first}-${last}`
}

/** Keys of Tandem's own bead metadata; each format prefixes them its own way. */
export type BeadMetaKey =
  | 'bead-id'
  | 'bead-type'
  | 'source-paragraphs'
  | 'target-paragraphs'
  | 'confidence'
  | 'origin'
  | 'confirmed'
  | 'review-status'

export function beadMetadata(bead: ExportBead): [BeadMetaKey, string][] {
  const entries: [BeadMetaKey, string][] = [
    ['bead-id', bead.id],
    ['bead-type', beadType(bead)],
    ['source-paragraphs', paragraphRange(bead.source)],
    ['target-paragraphs', paragraphRange(bead.target)],
    ['confidence', String(bead.confidence)],
    ['origin', bead.origin],
    ['confirmed', String(bead.isConfirmed)],
    ['review-status', bead.reviewStatus],
  ]
  return entries.filter(([, value]) => value !== '')
}

/** ISO 8601 in UTC to the second: what people read in notes. */
export function formatDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** One line per comment and per reply, oldest first, as notes and cells show them. */
export function commentLines(comments: ExportComment[]): { author: string; line: string }[] {
  return comments.flatMap((comment) => [
    {
      author: comment.author,
      line: `${comment.author}, ${formatDateTime(comment.createdAt)}${comment.isResolved ? ' (resolved)' : ''}: ${comment.body}`,
    },
    ...comment.replies.map((reply) => ({ author: reply.author, line: `↳ ${reply.author}, ${formatDateTime(reply.createdAt)}: ${reply.body}` })),
  ])
}

/**
 * Outdated annotations are never exported: their offsets no longer point at the text they
 * were made on, so an exported span would mark the wrong words.
 */
export function exportedAnnotations(bead: ExportBead): ExportAnnotation[] {
  return bead.annotations.filter((annotation) => annotation.status !== 'OUTDATED')
}

const categoryLabels: Record<ExportAnnotation['category'], string> = {
  MISTRANSLATION: 'Mistranslation',
  OMISSION: 'Omission',
  ADDITION: 'Addition',
  UNTRANSLATED: 'Untranslated',
  TERMINOLOGY: 'Terminology',
  GRAMMAR: 'Grammar',
  SPELLING: 'Spelling',
  PUNCTUATION: 'Punctuation',
  STYLE: 'Style',
  NUMBERS: 'Numbers',
  DATES: 'Dates',
  UNITS: 'Units',
  NAMES: 'Names',
  OTHER: 'Other',
}

export function categoryLabel(category: ExportAnnotation['category']): string {
  return categoryLabels[category]
}

/** `Spelling, major, target ¶3 [5–12] “Vertarg”: should be “Vertrag” (resolved)` */
export function describeAnnotation(annotation: ExportAnnotation): string {
  const where = `${annotation.side.toLowerCase()} ¶${annotation.paragraphNumber} [${annotation.start}–${annotation.end}]`
  const note = annotation.note ? `: ${annotation.note}` : ''
  const resolved = annotation.status === 'RESOLVED' ? ' (resolved)' : ''
  return `${categoryLabel(annotation.category)}, ${annotation.severity.toLowerCase()}, ${where} “${annotation.quote}”${note}${resolved}`
}
