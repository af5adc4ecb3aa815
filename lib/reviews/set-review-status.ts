// The one path every review-status transition takes: permission (review.status), the
// statuses the user saw, a compare-and-set per bead, who and when on the bead, and one event
// for the whole selection.
import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { AppError } from '../errors'
import type { ReviewStatus } from '../generated/prisma/enums'
import { idSchema, parseInput } from '../validation/common'
import { beadNumbers, beadsInOrder, namesOf, recordReviewEvent } from './review-context'
import { applyTransition, reviewStatuses, reviewTransitions, type ReviewTransition } from './review-transitions'

/** A selection can be the whole of a long alignment. */
export const MAX_SELECTION = 20_000

export const reviewStatusSchema = z
  .object({
    alignmentId: idSchema,
    beadIds: z.array(idSchema).min(1, 'Select at least one bead.').max(MAX_SELECTION, `At most ${MAX_SELECTION.toLocaleString('en')} beads at once.`),
    // The status the user saw for each bead, in the same order: a bead someone else changed
    // since is not overwritten.
    seen: z.array(z.enum(reviewStatuses)).optional(),
  })
  .refine((input) => !input.seen || input.seen.length === input.beadIds.length, { message: 'Give one seen status per bead.', path: ['seen'] })

export type ReviewStatusInput = z.input<typeof reviewStatusSchema> & { userId: string }

export type BeadReviewState = { id: number; number: number; reviewStatus: ReviewStatus; reviewedByName: string | null; reviewedAt: string | null }

export type ReviewStatusResult = {
  changed: { beadId: number; from: ReviewStatus; to: ReviewStatus }[]
  unchanged: number[]
  beads: BeadReviewState[]
}

export async function setReviewStatus({ userId, ...input }: ReviewStatusInput, transition: ReviewTransition): Promise<ReviewStatusResult> {
  const { alignmentId, beadIds, seen } = parseInput(reviewStatusSchema, input)
  const { to, kind } = reviewTransitions[transition]
  const seenById = new Map(seen?.map((status, i) => [beadIds[i]!, status]))
  const ids = [...new Set(beadIds)]
  return db.$transaction(
    async (tx) => {
      const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.status' })
      const rows = await tx.bead.findMany({ where: { alignmentId, id: { in: ids } }, select: { id: true, reviewStatus: true } })
      const numbers = beadNumbers(await beadsInOrder(tx, alignmentId))
      if (rows.length < ids.length) {
        throw new AppError('CONFLICT', 'Some of the selected beads no longer exist: the alignment was changed. Reload to see the current state.', {
          missing: ids.filter((id) => !rows.some((row) => row.id === id)).length,
        })
      }
      const changedSince = rows.filter((row) => seenById.has(row.id) && seenById.get(row.id) !== row.reviewStatus)
      if (changedSince.length) {
        const list = changedSince.map((row) => numbers.get(row.id)).sort((a, b) => a! - b!)
        throw new AppError('CONFLICT', `Someone else changed the review status of bead ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''} in the meantime. Reload to see it.`, {
          beads: list.length,
        })
      }
      const changed: ReviewStatusResult['changed'] = []
      const unchanged: number[] = []
      for (const row of rows) {
        if (applyTransition(transition, row.reviewStatus) === 'unchanged') unchanged.push(row.id)
        else changed.push({ beadId: row.id, from: row.reviewStatus, to })
      }
      const now = new Date()
      // Compare-and-set per previous status: on PostgreSQL a concurrent transition of the same
      // bead makes the count come up short, and the whole selection is refused.
      for (const from of new Set(changed.map((change) => change.from))) {
        const group = changed.filter((change) => change.from === from).map((change) => change.beadId)
        const { count } = await tx.bead.updateMany({ where: { id: { in: group }, alignmentId, reviewStatus: from }, data: { reviewStatus: to, reviewedById: userId, reviewedAt: now } })
        if (count !== group.length) throw new AppError('CONFLICT', 'Someone else changed the review status of these beads at the same time. Reload and try again.')
      }
      if (changed.length) {
        await recordReviewEvent(tx, access, userId, kind, {
          to,
          beads: changed.map((change) => ({ id: change.beadId, number: numbers.get(change.beadId)!, from: change.from })),
        })
      }
      const after = await tx.bead.findMany({ where: { id: { in: ids } }, select: { id: true, reviewStatus: true, reviewedById: true, reviewedAt: true } })
      const names = await namesOf(tx, after.map((bead) => bead.reviewedById))
      return {
        changed,
        unchanged,
        beads: after
          .map((bead) => ({
            id: bead.id,
            number: numbers.get(bead.id)!,
            reviewStatus: bead.reviewStatus,
            reviewedByName: bead.reviewedById ? (names.get(bead.reviewedById) ?? null) : null,
            reviewedAt: bead.reviewedAt?.toISOString() ?? null,
          }))
          .sort((a, b) => a.number - b.number),
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  )
}
