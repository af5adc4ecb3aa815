import { z } from 'zod'
import { can, requireAlignmentAccess } from '../access'
import { annotationSelect, toAnnotationViews, type AnnotationView } from '../annotations/annotation-view'
import { commentSelect, toThreadViews, type ThreadView } from '../comments/thread-view'
import { db } from '../db'
import type { ReviewStatus, Role } from '../generated/prisma/enums'
import { qualityScore, type QualityScore } from '../quality/quality-score'
import { readSeverityWeights, type SeverityWeights } from '../quality/severity-weights'
import { countWords } from '../quality/word-count'
import { idSchema, parseInput } from '../validation/common'
import { progressAlong, statusCounts, type ProgressBin } from './review-progress'

export const getReviewSummarySchema = z.object({ alignmentId: idSchema })

export type ReviewSummary = {
  alignment: { id: number; title: string; projectId: number; projectName: string; sourceLanguage: string; targetLanguage: string }
  role: Role
  permissions: { comment: boolean; annotate: boolean; setStatus: boolean; dismiss: boolean; manageProject: boolean }
  beads: number
  statusCounts: Record<ReviewStatus, number>
  /** Review status along the document, with open threads per bin (open findings come with the findings: findingsPerBin). */
  progress: ProgressBin[]
  weights: SeverityWeights
  score: QualityScore
  annotations: AnnotationView[]
  openThreads: ThreadView[]
  resolvedThreads: number
}

/** Everything the review summary page shows except the automatic findings, in one consistent read. */
export async function getReviewSummary({ userId, ...input }: z.input<typeof getReviewSummarySchema> & { userId: string }): Promise<ReviewSummary> {
  const { alignmentId } = parseInput(getReviewSummarySchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    const alignment = await tx.alignment.findUniqueOrThrow({
      where: { id: alignmentId },
      select: {
        id: true,
        title: true,
        project: { select: { id: true, name: true, severityWeights: true } },
        sourceDocument: { select: { language: true, paragraphs: { select: { text: true } } } },
        targetDocument: { select: { language: true } },
        beads: { orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { id: true, reviewStatus: true } },
      },
    })
    const annotations = await toAnnotationViews(tx, alignmentId, await tx.annotation.findMany({ where: { alignmentId }, select: annotationSelect }))
    const openRoots = await tx.comment.findMany({ where: { alignmentId, parentId: null, resolvedAt: null }, select: { id: true } })
    const openIds = openRoots.map((root) => root.id)
    const openThreads = openIds.length
      ? await toThreadViews(tx, alignmentId, await tx.comment.findMany({ where: { alignmentId, OR: [{ id: { in: openIds } }, { parentId: { in: openIds } }] }, select: commentSelect }))
      : []
    const resolvedThreads = await tx.comment.count({ where: { alignmentId, parentId: null, resolvedAt: { not: null }, OR: [{ deletedAt: null }, { replies: { some: { deletedAt: null } } }] } })
    const weights = readSeverityWeights(alignment.project.severityWeights)
    const sourceWords = countWords(alignment.sourceDocument.paragraphs.map((p) => p.text), alignment.sourceDocument.language)
    const threadsByBead: Record<number, number> = {}
    for (const thread of openThreads) threadsByBead[thread.beadId] = (threadsByBead[thread.beadId] ?? 0) + 1
    return {
      alignment: {
        id: alignment.id,
        title: alignment.title,
        projectId: alignment.project.id,
        projectName: alignment.project.name,
        sourceLanguage: alignment.sourceDocument.language,
        targetLanguage: alignment.targetDocument.language,
      },
      role: access.role,
      permissions: {
        comment: can(access.role, 'review.comment'),
        annotate: can(access.role, 'review.annotate'),
        setStatus: can(access.role, 'review.status'),
        dismiss: can(access.role, 'review.dismiss'),
        manageProject: can(access.role, 'project.manage'),
      },
      beads: alignment.beads.length,
      statusCounts: statusCounts(alignment.beads),
      progress: progressAlong(alignment.beads, { openThreads: threadsByBead }),
      weights,
      score: qualityScore({ annotations, weights, sourceWords }),
      annotations,
      openThreads,
      resolvedThreads,
    }
  })
}
