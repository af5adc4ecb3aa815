// Resolving and reopening an annotation: compare-and-set on its status, so that of two people
// acting at once one wins and the other is told. OUTDATED (set by text edits) can be resolved
// but not reopened: its span no longer points at the text it described.
import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { AppError } from '../errors'
import type { AnnotationStatus } from '../generated/prisma/enums'
import { parseInput } from '../validation/common'
import { annotationTargetSchema } from './annotation-input'
import { loadAnnotation, type AnnotationView } from './annotation-view'
import { requireAnnotation } from './own-annotation'
import { recordReviewEvent } from '../reviews/review-context'

const transitions = {
  resolve: { from: ['OPEN', 'OUTDATED'], to: 'RESOLVED', kind: 'annotation.resolved' },
  reopen: { from: ['RESOLVED'], to: 'OPEN', kind: 'annotation.reopened' },
} as const satisfies Record<string, { from: AnnotationStatus[]; to: AnnotationStatus; kind: string }>

export async function setAnnotationStatus(
  { userId, ...input }: z.input<typeof annotationTargetSchema> & { userId: string },
  transition: keyof typeof transitions,
): Promise<AnnotationView> {
  const { alignmentId, annotationId } = parseInput(annotationTargetSchema, input)
  const { from, to, kind } = transitions[transition]
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.annotate' })
    const current = await requireAnnotation(tx, alignmentId, annotationId)
    const { count } = await tx.annotation.updateMany({ where: { id: annotationId, status: { in: [...from] } }, data: { status: to } })
    if (count === 0) {
      const message =
        current.status === to
          ? `This annotation is already ${to === 'OPEN' ? 'open' : 'resolved'}.`
          : 'This annotation is outdated: its text was rewritten. Resolve or delete it, and annotate the new text if needed.'
      throw new AppError('CONFLICT', message, { status: current.status })
    }
    await recordReviewEvent(tx, access, userId, kind, { annotationId, before: current.status, after: to })
    return loadAnnotation(tx, alignmentId, annotationId)
  })
}

