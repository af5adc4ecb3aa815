import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import type { ReviewStatus } from '../generated/prisma/enums'
import { beadNumbers, beadsInOrder } from '../reviews/review-context'
import { idSchema, parseInput } from '../validation/common'

export const findBeadTextsSchema = z.object({ alignmentId: idSchema, beadIds: z.array(idSchema).max(500) })

export type BeadTextsView = {
  id: number
  number: number
  srcStart: number
  tgtStart: number
  source: string[]
  target: string[]
  reviewStatus: ReviewStatus
}

/**
 * The texts and review status of a few beads (a page of findings): what a finding's spans
 * point into, so the interface can show them in context and annotate them. Beads that no
 * longer exist are left out.
 */
export async function findBeadTexts({ userId, ...input }: z.input<typeof findBeadTextsSchema> & { userId: string }): Promise<Record<number, BeadTextsView>> {
  const { alignmentId, beadIds } = parseInput(findBeadTextsSchema, input)
  return db.$transaction(async (tx) => {
    await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    const ids = [...new Set(beadIds)]
    if (ids.length === 0) return {}
    const rows = await tx.bead.findMany({
      where: { alignmentId, id: { in: ids } },
      select: { id: true, srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true, reviewStatus: true, alignment: { select: { sourceDocumentId: true, targetDocumentId: true } } },
    })
    if (rows.length === 0) return {}
    const { sourceDocumentId, targetDocumentId } = rows[0]!.alignment
    const positions = (side: 'src' | 'tgt') => rows.flatMap((row) => Array.from({ length: row[`${side}End`] - row[`${side}Start`] }, (_, k) => row[`${side}Start`] + k))
    const paragraphs = await tx.paragraph.findMany({
      where: { OR: [{ documentId: sourceDocumentId, position: { in: positions('src') } }, { documentId: targetDocumentId, position: { in: positions('tgt') } }] },
      select: { documentId: true, position: true, text: true },
    })
    const text = (documentId: number, position: number) => paragraphs.find((p) => p.documentId === documentId && p.position === position)?.text ?? ''
    const numbers = beadNumbers(await beadsInOrder(tx, alignmentId))
    const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k)
    return Object.fromEntries(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          number: numbers.get(row.id)!,
          srcStart: row.srcStart,
          tgtStart: row.tgtStart,
          source: range(row.srcStart, row.srcEnd).map((position) => text(sourceDocumentId, position)),
          target: range(row.tgtStart, row.tgtEnd).map((position) => text(targetDocumentId, position)),
          reviewStatus: row.reviewStatus,
        },
      ]),
    )
  })
}
