import type { Tx } from '../db'
import type { AnnotationStatus, IssueCategory, Severity } from '../generated/prisma/enums'
import { beadHolding, beadNumbers, beadsInOrder, namesOf, toSideName, type SideName } from '../reviews/review-context'

export type AnnotationView = {
  id: number
  side: SideName
  /** The paragraph it belongs to (its id stays while beads are merged, split or re-aligned). */
  paragraphId: number
  /** The paragraph's position in its document now (annotations move with edits, splits and joins). */
  position: number
  start: number
  end: number
  /** The text annotated when the annotation was made. */
  quote: string
  /** The text at [start, end) now: differs from `quote` once the annotation is OUTDATED. */
  text: string
  category: IssueCategory
  severity: Severity
  note: string
  status: AnnotationStatus
  authorId: string
  authorName: string
  createdAt: string
  /** The bead that holds the paragraph now, and its 1-based number. */
  beadId: number
  beadNumber: number
}

export const annotationSelect = {
  id: true,
  paragraphId: true,
  side: true,
  start: true,
  end: true,
  quote: true,
  category: true,
  severity: true,
  note: true,
  status: true,
  authorId: true,
  createdAt: true,
  paragraph: { select: { position: true, text: true, documentId: true } },
} as const

type AnnotationRow = {
  id: number
  paragraphId: number
  side: 'SOURCE' | 'TARGET'
  start: number
  end: number
  quote: string
  category: IssueCategory
  severity: Severity
  note: string
  status: AnnotationStatus
  authorId: string
  createdAt: Date
  paragraph: { position: number; text: string; documentId: number }
}

export async function toAnnotationViews(tx: Tx, alignmentId: number, rows: AnnotationRow[]): Promise<AnnotationView[]> {
  if (rows.length === 0) return []
  const beads = await beadsInOrder(tx, alignmentId)
  const numbers = beadNumbers(beads)
  const names = await namesOf(tx, rows.map((row) => row.authorId))
  const views = rows.map((row): AnnotationView => {
    const side = toSideName(row.side)
    const bead = beadHolding(beads, side, row.paragraph.position)
    return {
      id: row.id,
      side,
      paragraphId: row.paragraphId,
      position: row.paragraph.position,
      start: row.start,
      end: row.end,
      quote: row.quote,
      text: row.paragraph.text.slice(row.start, row.end),
      category: row.category,
      severity: row.severity,
      note: row.note,
      status: row.status,
      authorId: row.authorId,
      authorName: names.get(row.authorId) ?? '—',
      createdAt: row.createdAt.toISOString(),
      beadId: bead?.id ?? 0,
      beadNumber: bead ? numbers.get(bead.id)! : 0,
    }
  })
  return views.sort((a, b) => a.beadNumber - b.beadNumber || (a.side === b.side ? 0 : a.side === 'source' ? -1 : 1) || a.position - b.position || a.start - b.start)
}

export async function loadAnnotation(tx: Tx, alignmentId: number, annotationId: number): Promise<AnnotationView> {
  const row = await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationSelect })
  return (await toAnnotationViews(tx, alignmentId, [row]))[0]!
}
