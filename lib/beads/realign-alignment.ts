import { z } from 'zod'
import { realign } from '../alignment'
import type { Tx } from '../db'
import type { EditableBead } from '../editing/bead-edits'
import { parseInput } from '../validation/common'
import { editBeads } from './edit-beads'
import { editTargetSchema } from './edit-input'

export const realignSchema = editTargetSchema.extend({
  // "Re-align everything not confirmed" (the issue): beads changed by hand but not confirmed
  // are aligned afresh too, unless the editor asks to keep them.
  keepManual: z.boolean().default(false),
})

async function texts(tx: Tx, documentId: number) {
  const rows = await tx.paragraph.findMany({ where: { documentId }, orderBy: { position: 'asc' }, select: { text: true } })
  return rows.map((row) => row.text)
}

/**
 * Re-aligns every bead that is not confirmed, with the aligner's anchored mode: confirmed
 * beads (and, with `keepManual`, beads changed by hand) never move; the stretches between
 * them are aligned afresh. A bead the aligner finds again keeps its review status.
 */
export async function realignAlignment(
  { userId, ...input }: z.input<typeof realignSchema> & { userId: string },
  onProgress?: (progress: { stage: 'align'; done: number; total: number }) => void,
) {
  const { alignmentId, expectedVersion, keepManual } = parseInput(realignSchema, input)
  const isAnchor = (bead: { isConfirmed: boolean; origin: string }) => bead.isConfirmed || (keepManual && bead.origin === 'MANUAL')
  return editBeads({ userId, alignmentId, expectedVersion, kind: 'alignment.realigned', details: { keepManual } }, async ({ tx, alignment, beads }) => {
    const [source, target, languages] = await Promise.all([
      texts(tx, alignment.sourceDocumentId),
      texts(tx, alignment.targetDocumentId),
      tx.alignment.findUniqueOrThrow({
        where: { id: alignmentId },
        select: { sourceDocument: { select: { language: true } }, targetDocument: { select: { language: true } } },
      }),
    ])
    const anchors = beads.filter(isAnchor)
    const key = (b: { srcStart: number; tgtStart: number; srcEnd: number; tgtEnd: number }) => `${b.srcStart}:${b.srcEnd}:${b.tgtStart}:${b.tgtEnd}`
    const existing = new Map(beads.map((bead) => [key(bead), bead]))
    const aligned = realign(source, target, anchors, {
      sourceLang: languages.sourceDocument.language,
      targetLang: languages.targetDocument.language,
      onProgress: onProgress && ((done, total) => onProgress({ stage: 'align', done, total })),
    })
    const result: EditableBead[] = aligned.map((bead) => {
      const old = existing.get(key(bead))
      if (old && isAnchor(old)) return old
      return {
        ...bead,
        origin: 'AUTO',
        isConfirmed: false,
        reviewStatus: old?.reviewStatus ?? 'UNREVIEWED',
        reviewedById: old?.reviewedById ?? null,
        reviewedAt: old?.reviewedAt ?? null,
      }
    })
    return { from: 0, to: beads.length, beads: result }
  })
}
