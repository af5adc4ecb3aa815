import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { idSchema, parseInput } from '../validation/common'
import { annotationStatuses } from './mqm'
import { annotationSelect, toAnnotationViews, type AnnotationView } from './annotation-view'

export const findAnnotationsSchema = z.object({
  alignmentId: idSchema,
  status: z.array(z.enum(annotationStatuses)).optional(),
})

/** The alignment's annotations in bead order, each with the bead that holds its paragraph now. */
export async function findAnnotations({ userId, ...input }: z.input<typeof findAnnotationsSchema> & { userId: string }): Promise<AnnotationView[]> {
  const { alignmentId, status } = parseInput(findAnnotationsSchema, input)
  return db.$transaction(async (tx) => {
    await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    const rows = await tx.annotation.findMany({ where: { alignmentId, ...(status ? { status: { in: status } } : {}) }, select: annotationSelect })
    return toAnnotationViews(tx, alignmentId, rows)
  })
}
