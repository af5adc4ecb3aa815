import { z } from 'zod'
import { splitBead as planSplit } from '../editing/bead-edits'
import { idSchema, parseInput } from '../validation/common'
import { editBeads, indexOfBead } from './edit-beads'
import { editTargetSchema, positionSchema } from './edit-input'

export const splitBeadSchema = editTargetSchema.extend({
  beadId: idSchema,
  // Absolute paragraph positions where the second part begins, on each side.
  srcAt: positionSchema,
  tgtAt: positionSchema,
})

/** Splits a bead in two before the given source and target paragraphs. */
export async function splitBead({ userId, ...input }: z.input<typeof splitBeadSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, beadId, srcAt, tgtAt } = parseInput(splitBeadSchema, input)
  return editBeads({ userId, alignmentId, expectedVersion, kind: 'beads.split' }, ({ beads }) => planSplit(beads, indexOfBead(beads, beadId), { srcAt, tgtAt }))
}
