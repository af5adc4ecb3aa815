import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { AppError } from '../errors'
import { paragraphAt, recordReviewEvent, toDbSide } from '../reviews/review-context'
import { idSchema, parseInput } from '../validation/common'
import { categorySchema, cutsCharacter, noteSchema, severitySchema, spanSchema } from './annotation-input'
import { loadAnnotation, type AnnotationView } from './annotation-view'

export const createAnnotationSchema = z.object({
  alignmentId: idSchema,
  span: spanSchema,
  category: categorySchema,
  severity: severitySchema,
  note: noteSchema.default(''),
})

/**
 * Marks a span of one paragraph with an MQM category and severity. The span must still hold
 * the text the user selected: if the paragraph was edited in the meantime, nothing is saved.
 */
export async function createAnnotation({ userId, ...input }: z.input<typeof createAnnotationSchema> & { userId: string }): Promise<AnnotationView> {
  const { alignmentId, span, category, severity, note } = parseInput(createAnnotationSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.annotate' })
    const paragraph = await paragraphAt(tx, alignmentId, span.side, span.position)
    if (!paragraph) throw new AppError('CONFLICT', `There is no paragraph ${span.position + 1} any more: the text was changed. Reload to see the current state.`)
    if (span.end > paragraph.text.length) {
      throw new AppError('INVALID_INPUT', `The span ends at ${span.end}, after the end of the paragraph's text (${paragraph.text.length} characters).`, { field: 'span.end' })
    }
    if (cutsCharacter(paragraph.text, span.start) || cutsCharacter(paragraph.text, span.end)) {
      throw new AppError('INVALID_INPUT', 'The span cuts a character in half: select whole characters.', { field: 'span' })
    }
    if (paragraph.text.slice(span.start, span.end) !== span.quote) {
      throw new AppError('CONFLICT', 'The text changed since you selected it. Reload and select the span again.', { field: 'span.quote' })
    }
    // Serialises annotations of one paragraph (PostgreSQL row lock), so that of two identical
    // annotations arriving together the second sees the first and is refused as a duplicate.
    await tx.$queryRaw`SELECT 1 FROM "Paragraph" WHERE "id" = ${paragraph.id} FOR UPDATE`
    const duplicate = await tx.annotation.findFirst({
      where: { alignmentId, paragraphId: paragraph.id, start: span.start, end: span.end, category, status: 'OPEN' },
      select: { id: true },
    })
    if (duplicate) throw new AppError('CONFLICT', 'This span already has an open annotation of this category.', { annotationId: duplicate.id })
    const annotation = await tx.annotation.create({
      data: { alignmentId, paragraphId: paragraph.id, side: toDbSide(span.side), start: span.start, end: span.end, quote: span.quote, category, severity, note, authorId: userId },
      select: { id: true },
    })
    await recordReviewEvent(tx, access, userId, 'annotation.created', { annotationId: annotation.id, side: span.side, position: span.position, start: span.start, end: span.end, quote: span.quote, category, severity, note })
    return loadAnnotation(tx, alignmentId, annotation.id)
  })
}
