import { z } from 'zod'
import { can, requireAlignmentAccess } from '../access'
import { annotationSelect, toAnnotationViews, type AnnotationView } from '../annotations/annotation-view'
import { db } from '../db'
import type { ReviewStatus } from '../generated/prisma/enums'
import { readSeverityWeights, type SeverityWeights } from '../quality/severity-weights'
import { idSchema, parseInput } from '../validation/common'
import { reviewStamp, toSideName, type SideName } from './review-context'

export const getReviewMarksSchema = z.object({ alignmentId: idSchema })

/** A comment thread as the editor's rows count it: where it hangs, and whether it is open. */
export type ThreadMark = { id: number; beadId: number; side: SideName; paragraphId: number; isResolved: boolean }

export type ReviewMarks = {
  /** The alignment's version at this read: `statuses` covers exactly the beads of this version. */
  version: number
  /** The latest event's id: when the edit-state poll reports another, someone changed something. */
  stamp: number
  /** Review status of every bead that is not unreviewed, by bead id. */
  statuses: Record<number, ReviewStatus>
  annotations: AnnotationView[]
  threads: ThreadMark[]
  weights: SeverityWeights
  permissions: { comment: boolean; annotate: boolean; setStatus: boolean; dismiss: boolean }
}

/**
 * What the editor draws over its rows for review, in one consistent read: review statuses,
 * every annotation (highlighted in the text), where the comment threads hang (counted on the
 * rows), the project's severity weights (the score) and the stamp that tells when to read
 * again. The automatic findings come apart (findFindings), since they can take seconds.
 */
export async function getReviewMarks({ userId, ...input }: z.input<typeof getReviewMarksSchema> & { userId: string }): Promise<ReviewMarks> {
  const { alignmentId } = parseInput(getReviewMarksSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    const [reviewed, project, annotationRows, roots, stamp] = [
      await tx.bead.findMany({ where: { alignmentId, reviewStatus: { not: 'UNREVIEWED' } }, select: { id: true, reviewStatus: true } }),
      await tx.project.findUniqueOrThrow({ where: { id: access.projectId }, select: { severityWeights: true } }),
      await tx.annotation.findMany({ where: { alignmentId }, select: annotationSelect }),
      // A thread counts while its first comment or a reply is not deleted (as countThreads).
      await tx.comment.findMany({
        where: { alignmentId, parentId: null, OR: [{ deletedAt: null }, { replies: { some: { deletedAt: null } } }] },
        select: { id: true, beadId: true, anchorSide: true, anchorParagraphId: true, resolvedAt: true },
        orderBy: { id: 'asc' },
      }),
      await reviewStamp(tx, alignmentId),
    ]
    return {
      version: access.version,
      stamp,
      statuses: Object.fromEntries(reviewed.map((bead) => [bead.id, bead.reviewStatus])),
      annotations: await toAnnotationViews(tx, alignmentId, annotationRows),
      threads: roots.map((root) => ({ id: root.id, beadId: root.beadId, side: toSideName(root.anchorSide), paragraphId: root.anchorParagraphId, isResolved: root.resolvedAt !== null })),
      weights: readSeverityWeights(project.severityWeights),
      permissions: {
        comment: can(access.role, 'review.comment'),
        annotate: can(access.role, 'review.annotate'),
        setStatus: can(access.role, 'review.status'),
        dismiss: can(access.role, 'review.dismiss'),
      },
    }
  })
}
