import type { Tx } from '../db'
import { AppError, notFound } from '../errors'

/** The caller's own, not deleted comment; another person's answers FORBIDDEN (they can see it). */
export async function requireOwnComment(tx: Tx, { alignmentId, commentId, userId, verb }: { alignmentId: number; commentId: number; userId: string; verb: 'edit' | 'delete' }) {
  const comment = await tx.comment.findFirst({
    where: { id: commentId, alignmentId },
    select: { id: true, authorId: true, body: true, parentId: true, beadId: true, deletedAt: true },
  })
  if (!comment || comment.deletedAt) throw notFound('This comment')
  if (comment.authorId !== userId) throw new AppError('FORBIDDEN', `You can only ${verb} your own comments.`)
  return comment
}
