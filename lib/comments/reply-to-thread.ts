import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { AppError, notFound } from '../errors'
import { idSchema, parseInput } from '../validation/common'
import { commentBodySchema, DUPLICATE_WINDOW_MS } from './comment-input'
import { loadThread, type ThreadView } from './thread-view'
import { recordReviewEvent } from '../reviews/review-context'

export const replyToThreadSchema = z.object({ alignmentId: idSchema, threadId: idSchema, body: commentBodySchema })

/** Adds a reply to a thread (resolved threads too: resolving does not close the discussion). */
export async function replyToThread({ userId, ...input }: z.input<typeof replyToThreadSchema> & { userId: string }): Promise<ThreadView> {
  const { alignmentId, threadId, body } = parseInput(replyToThreadSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.comment' })
    const root = await tx.comment.findFirst({
      where: { id: threadId, alignmentId },
      select: { id: true, parentId: true, beadId: true, anchorSide: true, anchorParagraphId: true, deletedAt: true, _count: { select: { replies: { where: { deletedAt: null } } } } },
    })
    if (!root) throw notFound('This thread')
    if (root.parentId !== null) throw new AppError('INVALID_INPUT', 'Reply to the thread, not to a reply.', { threadId: root.parentId })
    if (root.deletedAt && root._count.replies === 0) throw new AppError('CONFLICT', 'This thread was deleted in the meantime.')
    // Serialises replies per thread (see start-thread.ts).
    await tx.$queryRaw`SELECT 1 FROM "Comment" WHERE "id" = ${threadId} FOR UPDATE`
    const duplicate = await tx.comment.findFirst({
      where: { alignmentId, parentId: threadId, authorId: userId, body, deletedAt: null, createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) } },
      select: { id: true },
    })
    if (duplicate) return (await loadThread(tx, alignmentId, threadId))!
    // A reply lives on its thread's bead and anchor, so it moves with the thread.
    const reply = await tx.comment.create({
      data: { alignmentId, beadId: root.beadId, anchorSide: root.anchorSide, anchorParagraphId: root.anchorParagraphId, parentId: threadId, authorId: userId, body },
      select: { id: true },
    })
    await recordReviewEvent(tx, access, userId, 'comment.created', { commentId: reply.id, threadId, beadId: root.beadId, body })
    return (await loadThread(tx, alignmentId, threadId))!
  })
}
