import { z } from 'zod'
import { detachParagraph as planDetach } from '../editing/bead-edits'
import { parseInput } from '../validation/common'
import { editBeads } from './edit-beads'
import { editTargetSchema, positionSchema, sideSchema } from './edit-input'

export const detachParagraphSchema = editTargetSchema.extend({ side: sideSchema, position: positionSchema })

/** Makes a paragraph unaligned (a 1-0 or 0-1 bead of its own). */
export async function detachParagraph({ userId, ...input }: z.input<typeof detachParagraphSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, side, position } = parseInput(detachParagraphSchema, input)
  return editBeads({ userId, alignmentId, expectedVersion, kind: 'paragraph.detached', details: { side, position } }, ({ beads }) => planDetach(beads, side, position))
}
