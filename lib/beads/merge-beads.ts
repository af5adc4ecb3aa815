import { z } from 'zod'
import { mergeWithNext } from '../editing/bead-edits'
import { idSchema, parseInput } from '../validation/common'
import { editBeads, indexOfBead } from './edit-beads'
import { editTargetSchema } from './edit-input'

export const mergeBeadsSchema = editTargetSchema.extend({ beadId: idSchema })

/** Merges a bead with the next one. */
export async function mergeBeads({ userId, ...input }: z.input<typeof mergeBeadsSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, beadId } = parseInput(mergeBeadsSchema, input)
  return editBeads({ userId, alignmentId, expectedVersion, kind: 'beads.merged' }, ({ beads }) => mergeWithNext(beads, indexOfBead(beads, beadId)))
}
