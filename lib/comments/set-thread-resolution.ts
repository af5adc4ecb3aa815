// Resolving and reopening a thread: one state (resolvedAt on the thread's first comment), two
// named transitions, each a compare-and-set so that of two people resolving at once one wins
// and the other is told.
import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { AppError, notFound } from '../errors'
import { namesOf, recordReviewEvent } from '../reviews/review-context'
import { idSchema, parseInput } from '../validation/common'
import { loadThread, type ThreadView } from './thread-view'

export const threadTargetSchema = z.object({ alignmentId: idSchema, threadId: idSchema })

export async function setThreadResolution(
  { userId, ...input }: z.input<typeof threadTargetSchema> & { userId: string },
  isResolved: boolean,
): Promise<ThreadView> {
  const { alignmentId, threadId } = parseInput(threadTargetSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.comment' })
    const root = await tx.comment.findFirst({ where: { id: threadId, alignmentId }, select: { parentId: true, beadId: true } })
    if (!root) throw notFound('This thread')
    if (root.parentId !== null) throw new AppError('INVALID_INPUT', 'Only a whole thread is resolved or reopened, not a reply.', { threadId: root.parentId })
    const { count } = await tx.comment.updateMany({
      where: { id: threadId, resolvedAt: isResolved ? null : { not: null } },
      data: isResolved ? { resolvedAt: new Date(), resolvedById: userId } : { resolvedAt: null, resolvedById: null },
    })
    if (count === 0) {
      const current = await tx.comment.findUniqueOrThrow({ where: { id: threadId }, select: { resolvedById: true } })
      const by = current.resolvedById ? (await namesOf(tx, [current.resolvedById])).get(current.resolvedById) : null
      throw new AppError('CONFLICT', isResolved ? `This thread was already resolved${by ? ` by ${by}` : ''}.` : 'This thread is already open.')
    }
    await recordReviewEvent(tx, access, userId, isResolved ? 'thread.resolved' : 'thread.reopened', { threadId, beadId: root.beadId })
    const thread = await loadThread(tx, alignmentId, threadId)
    if (!thread) throw notFound('This thread')
    return thread
  })
}
