import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { AppError } from '../errors'
import { parseInput } from '../validation/common'
import { annotationTargetSchema, categorySchema, noteSchema, severitySchema } from './annotation-input'
import { loadAnnotation, type AnnotationView } from './annotation-view'
import { requireOwnAnnotation } from './own-annotation'
import { recordReviewEvent } from '../reviews/review-context'

export const editAnnotationSchema = annotationTargetSchema
  .extend({ category: categorySchema.optional(), severity: severitySchema.optional(), note: noteSchema.optional() })
  .refine((input) => input.category !== undefined || input.severity !== undefined || input.note !== undefined, { message: 'Nothing to change: give a category, severity or note.' })

/** Changes the category, severity or note of one's own annotation. */
export async function editAnnotation({ userId, ...input }: z.input<typeof editAnnotationSchema> & { userId: string }): Promise<AnnotationView> {
  const { alignmentId, annotationId, ...change } = parseInput(editAnnotationSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.annotate' })
    const current = await requireOwnAnnotation(tx, { alignmentId, annotationId, userId, verb: 'change' })
    const after = { category: change.category ?? current.category, severity: change.severity ?? current.severity, note: change.note ?? current.note }
    const before = { category: current.category, severity: current.severity, note: current.note }
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      if (after.category !== before.category) {
        const duplicate = await tx.annotation.findFirst({
          where: { alignmentId, paragraphId: current.paragraphId, start: current.start, end: current.end, category: after.category, status: 'OPEN', id: { not: annotationId } },
          select: { id: true },
        })
        if (duplicate) throw new AppError('CONFLICT', 'This span already has an open annotation of this category.', { annotationId: duplicate.id })
      }
      await tx.annotation.update({ where: { id: annotationId }, data: after })
      await recordReviewEvent(tx, access, userId, 'annotation.edited', { annotationId, before, after })
    }
    return loadAnnotation(tx, alignmentId, annotationId)
  })
}
