import { z } from 'zod'
import { planParagraphSplit, spanAfterSplit, splitText } from '../editing/paragraph-edits'
import { editTargetSchema, positionSchema, sideSchema } from '../beads/edit-input'
import { parseInput } from '../validation/common'
import { changeParagraphs } from './change-paragraphs'
import { annotationsOf, beadStates } from './paragraph-change'

export const splitParagraphSchema = editTargetSchema.extend({
  side: sideSchema,
  position: positionSchema,
  // UTF-16 offset in the paragraph's text where the second paragraph begins.
  at: z.number().int().min(1),
})

/** Splits a paragraph in two; the new paragraph joins the same bead in every alignment. */
export async function splitParagraph({ userId, ...input }: z.input<typeof splitParagraphSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, side, position, at } = parseInput(splitParagraphSchema, input)
  return changeParagraphs({ userId, alignmentId, expectedVersion, kind: 'paragraph.split', side, position }, async ({ tx, text, paragraphId, documentId }) => {
    const split = splitText(text, at)
    const annotations = await annotationsOf(tx, [paragraphId])
    return {
      from: { texts: [text], annotations },
      to: {
        texts: [split.first, split.second],
        annotations: annotations.map((a) => {
          const moved = spanAfterSplit(a, split)
          return { id: a.id, index: moved.paragraph, start: moved.start, end: moved.end, status: moved.isOutdated ? 'OUTDATED' : a.status }
        }),
      },
      alignments: await beadStates(tx, documentId, side, (beads) => planParagraphSplit(beads, side, position)),
    }
  })
}
