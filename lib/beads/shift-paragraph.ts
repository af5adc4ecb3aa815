import { z } from 'zod'
import { shiftParagraph as planShift } from '../editing/bead-edits'
import { idSchema, parseInput } from '../validation/common'
import { editBeads, indexOfBead } from './edit-beads'
import { editTargetSchema, sideSchema } from './edit-input'

export const shiftParagraphSchema = editTargetSchema.extend({
  beadId: idSchema,
  side: sideSchema,
  // first: into the previous bead; last: into the next bead.
  edge: z.enum(['first', 'last']),
})

/** Moves the first or last paragraph of one side of a bead into the neighbouring bead. */
export async function shiftParagraph({ userId, ...input }: z.input<typeof shiftParagraphSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, beadId, side, edge } = parseInput(shiftParagraphSchema, input)
  return editBeads({ userId, alignmentId, expectedVersion, kind: 'paragraph.shifted', details: { side, edge } }, ({ beads }) =>
    planShift(beads, indexOfBead(beads, beadId), side, edge),
  )
}
