import { z } from 'zod'
import { pairParagraphs as planPair } from '../editing/bead-edits'
import { parseInput } from '../validation/common'
import { editBeads } from './edit-beads'
import { editTargetSchema, positionSchema } from './edit-input'

export const pairParagraphsSchema = editTargetSchema.extend({ srcPosition: positionSchema, tgtPosition: positionSchema })

/** Pairs an unaligned original paragraph with an unaligned translation paragraph. */
export async function pairParagraphs({ userId, ...input }: z.input<typeof pairParagraphsSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, srcPosition, tgtPosition } = parseInput(pairParagraphsSchema, input)
  return editBeads({ userId, alignmentId, expectedVersion, kind: 'paragraphs.paired', details: { srcPosition, tgtPosition } }, ({ beads }) =>
    planPair(beads, srcPosition, tgtPosition),
  )
}
