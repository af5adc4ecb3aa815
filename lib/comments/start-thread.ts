import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { AppError } from '../errors'
import { paragraphAt, rangeOf, recordReviewEvent, requireBead, toDbSide } from '../reviews/review-context'
import { idSchema, parseInput } from '../validation/common'
import { anchorSchema, commentBodySchema, DUPLICATE_WINDOW_MS } from './comment-input'
import { loadThread, type ThreadView } from './thread-view'

export const startThreadSchema = z.object({ alignmentId: idSchema, beadId: idSchema, body: commentBodySchema, anchor: anchorSchema.optional() })

/**
 * Starts a comment thread on a bead, anchored to one of its paragraphs: when the bead is
 * merged, split or re-aligned, the thread moves to the bead that then holds that paragraph.
 */
export async function startThread({ userId, ...input }: z.input<typeof startThreadSchema> & { userId: string }): Promise<ThreadView> {
  const { alignmentId, beadId, body, anchor } = parseInput(startThreadSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.comment' })
    const bead = await requireBead(tx, alignmentId, beadId)
    const side = anchor?.side ?? (bead.srcEnd > bead.srcStart ? 'source' : 'target')
    const range = rangeOf(bead, side)
    const position = anchor?.position ?? range.start
    if (position < range.start || position >= range.end) {
      throw new AppError('INVALID_INPUT', `Paragraph ${position + 1} of the ${side === 'source' ? 'original' : 'translation'} is not in this bead.`)
    }
    // The bead's ranges hold only existing paragraphs (the tiling is checked by every edit).
    const paragraph = (await paragraphAt(tx, alignmentId, side, position))!
    // Serialises thread starts per bead (PostgreSQL row lock), so that of two identical
    // submissions arriving together the second sees the first and is taken as a retry.
    await tx.$queryRaw`SELECT 1 FROM "Bead" WHERE "id" = ${beadId} FOR UPDATE`
    const duplicate = await tx.comment.findFirst({
      where: { alignmentId, beadId, parentId: null, authorId: userId, body, deletedAt: null, createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) } },
      select: { id: true },
    })
    // A double submission (two clicks, a retried request) gives back the thread it made.
    if (duplicate) return (await loadThread(tx, alignmentId, duplicate.id))!
    const comment = await tx.comment.create({
      data: { alignmentId, beadId, anchorSide: toDbSide(side), anchorParagraphId: paragraph.id, authorId: userId, body },
      select: { id: true },
    })
    await recordReviewEvent(tx, access, userId, 'comment.created', { commentId: comment.id, threadId: comment.id, beadId, anchor: { side, position }, body })
    return (await loadThread(tx, alignmentId, comment.id))!
  })
}
