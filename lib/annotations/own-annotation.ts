import type { Tx } from '../db'
import { AppError, notFound } from '../errors'

export async function requireAnnotation(tx: Tx, alignmentId: number, annotationId: number) {
  const annotation = await tx.annotation.findFirst({
    where: { id: annotationId, alignmentId },
    select: { id: true, authorId: true, category: true, severity: true, note: true, status: true, start: true, end: true, quote: true, side: true, paragraphId: true },
  })
  if (!annotation) throw notFound('This annotation')
  return annotation
}

/** The caller's own annotation; another person's answers FORBIDDEN (they can see it). */
export async function requireOwnAnnotation(tx: Tx, { alignmentId, annotationId, userId, verb }: { alignmentId: number; annotationId: number; userId: string; verb: 'change' | 'delete' }) {
  const annotation = await requireAnnotation(tx, alignmentId, annotationId)
  if (annotation.authorId !== userId) throw new AppError('FORBIDDEN', `You can only ${verb} your own annotations.`)
  return annotation
}
