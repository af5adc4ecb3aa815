import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { notFound } from '../errors'
import { parseInput } from '../validation/common'
import { commentTargetSchema } from './comment-input'
import { requireOwnComment } from './own-comment'
import { loadThread, type ThreadView } from './thread-view'
import { recordReviewEvent } from '../reviews/review-context'

export const deleteCommentSchema = commentTargetSchema

/**
 * Deletes one's own comment. The row stays (marked deleted) so that a thread keeps its
 * replies when its first comment goes; readers never see a deleted comment's text, the event
 * log keeps it for the audit. Returns the thread, or null when nothing of it is left.
 */
export async function deleteComment({ userId, ...input }: z.input<typeof deleteCommentSchema> & { userId: string }): Promise<ThreadView | null> {
  const { alignmentId, commentId } = parseInput(deleteCommentSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.comment' })
    const comment = await requireOwnComment(tx, { alignmentId, commentId, userId, verb: 'delete' })
    const threadId = comment.parentId ?? comment.id
    // Compare-and-set: of two simultaneous deletions, one deletes and the other finds nothing.
    const { count } = await tx.comment.updateMany({ where: { id: commentId, deletedAt: null }, data: { deletedAt: new Date() } })
    if (count === 0) throw notFound('This comment')
    await recordReviewEvent(tx, access, userId, 'comment.deleted', { commentId, threadId, beadId: comment.beadId, before: comment.body })
    return loadThread(tx, alignmentId, threadId)
  })
}
