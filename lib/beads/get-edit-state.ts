import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { reviewStamp } from '../reviews/review-context'
import { idSchema, parseInput } from '../validation/common'
import { undoInfo, type UndoInfo } from './edit-beads'

export const getEditStateSchema = z.object({ alignmentId: idSchema })

/** `reviewStamp`: the latest event's id, which review changes move too (they leave the version alone). */
export type EditState = UndoInfo & { version: number; reviewStamp: number }

/**
 * The alignment's version and what undo and redo would do: cheap enough for an open editor
 * to ask every few seconds whether someone else changed the alignment, or its review.
 */
export async function getEditState({ userId, ...input }: z.input<typeof getEditStateSchema> & { userId: string }): Promise<EditState> {
  const { alignmentId } = parseInput(getEditStateSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    return { version: access.version, ...(await undoInfo(tx, alignmentId)), reviewStamp: await reviewStamp(tx, alignmentId) }
  })
}
