import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { notFound } from '../errors'
import { parseInput } from '../validation/common'
import { annotationTargetSchema } from './annotation-input'
import { requireOwnAnnotation } from './own-annotation'
import { recordReviewEvent } from '../reviews/review-context'

export const deleteAnnotationSchema = annotationTargetSchema

/** Deletes one's own annotation (a mistaken one: a fixed error is resolved instead). The event keeps the row. */
export async function deleteAnnotation({ userId, ...input }: z.input<typeof deleteAnnotationSchema> & { userId: string }): Promise<{ id: number }> {
  const { alignmentId, annotationId } = parseInput(deleteAnnotationSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.annotate' })
    const annotation = await requireOwnAnnotation(tx, { alignmentId, annotationId, userId, verb: 'delete' })
    const { count } = await tx.annotation.deleteMany({ where: { id: annotationId } })
    if (count === 0) throw notFound('This annotation')
    await recordReviewEvent(tx, access, userId, 'annotation.deleted', { annotationId, before: annotation })
    return { id: annotationId }
  })
}
