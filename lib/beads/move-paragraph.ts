import { z } from 'zod'
import { moveParagraph as planMove } from '../editing/bead-edits'
import { parseInput } from '../validation/common'
import { editBeads } from './edit-beads'
import { editTargetSchema, positionSchema, sideSchema } from './edit-input'

export const moveParagraphSchema = editTargetSchema.extend({
  side: sideSchema,
  position: positionSchema,
  // 0-based index of the bead to move the paragraph into.
  targetBead: z.number().int().min(0),
})

/** Moves a paragraph into bead N (the first or last paragraph of its bead, across one-sided beads). */
export async function moveParagraph({ userId, ...input }: z.input<typeof moveParagraphSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, side, position, targetBead } = parseInput(moveParagraphSchema, input)
  return editBeads({ userId, alignmentId, expectedVersion, kind: 'paragraph.moved', details: { side, position, targetBead } }, ({ beads }) =>
    planMove(beads, side, position, targetBead),
  )
}
