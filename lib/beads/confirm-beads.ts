import { z } from 'zod'
import { setConfirmed } from '../editing/bead-edits'
import { AppError } from '../errors'
import { idSchema, parseInput } from '../validation/common'
import { editBeads, indexOfBead } from './edit-beads'
import { editTargetSchema } from './edit-input'

export const confirmBeadsSchema = editTargetSchema.extend({
  beadId: idSchema,
  // bead: only this bead; above: every bead before this one (the editor's "confirm everything
  // above the current bead"); through: every bead from the first one to this one.
  scope: z.enum(['bead', 'above', 'through']).default('bead'),
  isConfirmed: z.boolean().default(true),
})

/** Confirms (or unconfirms) a bead, every bead above it, or every bead up to and including it. */
export async function confirmBeads({ userId, ...input }: z.input<typeof confirmBeadsSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, beadId, scope, isConfirmed } = parseInput(confirmBeadsSchema, input)
  return editBeads(
    { userId, alignmentId, expectedVersion, kind: isConfirmed ? 'beads.confirmed' : 'beads.unconfirmed', details: { scope } },
    ({ beads }) => {
      const index = indexOfBead(beads, beadId)
      if (scope === 'above' && index === 0) throw new AppError('INVALID_INPUT', 'There is nothing above the first bead.')
      return scope === 'above' ? setConfirmed(beads, 0, index, isConfirmed) : setConfirmed(beads, scope === 'through' ? 0 : index, index + 1, isConfirmed)
    },
  )
}
