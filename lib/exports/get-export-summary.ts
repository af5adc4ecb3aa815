// What the export page shows before anything is written: how many beads each choice of
// options exports, and how many comments and annotations there are to include.
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import type { BeadFilter } from '../formats/types'

/** Beads per filter: all of them, and those with text on both sides. */
export type BeadCounts = Record<BeadFilter, { all: number; twoSided: number }>

export type ExportSummary = {
  id: number
  title: string
  projectName: string
  sourceLang: string
  targetLang: string
  beads: BeadCounts
  comments: number
  /** Annotations that can be exported (outdated ones never are). */
  annotations: number
}

export async function getExportSummary({ userId, alignmentId }: { userId: string; alignmentId: number }): Promise<ExportSummary> {
  return db.$transaction(async (tx) => {
    await requireAlignmentAccess(tx, { userId, alignmentId, action: 'export' })
    const alignment = await tx.alignment.findUniqueOrThrow({
      where: { id: alignmentId },
      select: {
        id: true,
        title: true,
        project: { select: { name: true } },
        sourceDocument: { select: { language: true } },
        targetDocument: { select: { language: true } },
        beads: { select: { srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true, isConfirmed: true, reviewStatus: true } },
      },
    })
    const comments = await tx.comment.count({ where: { alignmentId, deletedAt: null } })
    const annotations = await tx.annotation.count({ where: { alignmentId, status: { not: 'OUTDATED' } } })
    const beads: BeadCounts = { all: { all: 0, twoSided: 0 }, confirmed: { all: 0, twoSided: 0 }, approved: { all: 0, twoSided: 0 } }
    for (const bead of alignment.beads) {
      const isTwoSided = bead.srcEnd > bead.srcStart && bead.tgtEnd > bead.tgtStart
      const filters: BeadFilter[] = ['all', ...(bead.isConfirmed ? (['confirmed'] as const) : []), ...(bead.reviewStatus === 'APPROVED' ? (['approved'] as const) : [])]
      for (const filter of filters) {
        beads[filter].all++
        if (isTwoSided) beads[filter].twoSided++
      }
    }
    return {
      id: alignment.id,
      title: alignment.title,
      projectName: alignment.project.name,
      sourceLang: alignment.sourceDocument.language,
      targetLang: alignment.targetDocument.language,
      beads,
      comments,
      annotations,
    }
  })
}
