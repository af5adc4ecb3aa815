import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { notFound } from '../errors'
import { parseInput } from '../validation/common'
import { commentBodySchema, commentTargetSchema } from './comment-input'
import { requireOwnComment } from './own-comment'
import { loadThread, type ThreadView } from './thread-view'
import { recordReviewEvent } from '../reviews/review-context'

export const editCommentSchema = commentTargetSchema.extend({ body: commentBodySchema })

/** Changes the text of one's own comment; the earlier text stays in the event log. */
export async function editComment({ userId, ...input }: z.input<typeof editCommentSchema> & { userId: string }): Promise<ThreadView> {
  const { alignmentId, commentId, body } = parseInput(editCommentSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.comment' })
    const comment = await requireOwnComment(tx, { alignmentId, commentId, userId, verb: 'edit' })
    const threadId = comment.parentId ?? comment.id
    if (comment.body !== body) {
      const { count } = await tx.comment.updateMany({ where: { id: commentId, deletedAt: null }, data: { body } })
      if (count === 0) throw notFound('This comment')
      await recordReviewEvent(tx, access, userId, 'comment.edited', { commentId, threadId, beadId: comment.beadId, before: comment.body, after: body })
    }
    return (await loadThread(tx, alignmentId, threadId))!
  })
}
