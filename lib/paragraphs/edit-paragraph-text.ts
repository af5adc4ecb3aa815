import { z } from 'zod'
import { remapSpan } from '../editing/remap-span'
import { editTargetSchema, positionSchema, sideSchema } from '../beads/edit-input'
import { parseInput } from '../validation/common'
import { changeParagraphs, requireParagraphText } from './change-paragraphs'
import { annotationsOf } from './paragraph-change'

/** Longest paragraph accepted from the editor (a long legal paragraph is a few thousand characters). */
export const MAX_PARAGRAPH_CHARS = 100_000

export const editParagraphTextSchema = editTargetSchema.extend({
  side: sideSchema,
  position: positionSchema,
  text: z.string().max(MAX_PARAGRAPH_CHARS, `A paragraph may hold at most ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters.`),
})

/**
 * Corrects a paragraph's wording. The old and new text are kept as a revision; annotations
 * follow the edit, or are marked outdated when their own text was rewritten.
 */
export async function editParagraphText({ userId, ...input }: z.input<typeof editParagraphTextSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, side, position, text } = parseInput(editParagraphTextSchema, input)
  return changeParagraphs({ userId, alignmentId, expectedVersion, kind: 'paragraph.edited', side, position }, async ({ tx, text: old, paragraphId }) => {
    const next = requireParagraphText(text)
    const annotations = await annotationsOf(tx, [paragraphId])
    return {
      from: { texts: [old], annotations },
      to: {
        texts: [next],
        annotations: annotations.map((a) => {
          const span = remapSpan(old, next, a)
          return { ...a, start: span.start, end: span.end, status: span.isOutdated ? 'OUTDATED' : a.status }
        }),
      },
      alignments: [],
    }
  })
}
