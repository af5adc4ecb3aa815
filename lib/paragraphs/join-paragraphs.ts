import { z } from 'zod'
import { joinSeparator, planParagraphJoin, spanAfterJoin } from '../editing/paragraph-edits'
import { editTargetSchema, positionSchema, sideSchema } from '../beads/edit-input'
import { AppError } from '../errors'
import { parseInput } from '../validation/common'
import { changeParagraphs } from './change-paragraphs'
import { annotationsOf, beadStates } from './paragraph-change'

export const joinParagraphsSchema = editTargetSchema.extend({ side: sideSchema, position: positionSchema })

/**
 * Joins a paragraph with the next one of the same text (with a space, or none in Chinese,
 * Japanese, Thai…). The joined paragraph stays in the first one's bead.
 */
export async function joinParagraphs({ userId, ...input }: z.input<typeof joinParagraphsSchema> & { userId: string }) {
  const { alignmentId, expectedVersion, side, position } = parseInput(joinParagraphsSchema, input)
  return changeParagraphs({ userId, alignmentId, expectedVersion, kind: 'paragraphs.joined', side, position }, async ({ tx, text, paragraphId, documentId, language }) => {
    const next = await tx.paragraph.findUnique({ where: { documentId_position: { documentId, position: position + 1 } }, select: { id: true, text: true } })
    if (!next) throw new AppError('INVALID_INPUT', 'This is the last paragraph: there is no next paragraph to join it with.')
    const separator = joinSeparator(language)
    const annotations = await annotationsOf(tx, [paragraphId, next.id])
    return {
      from: { texts: [text, next.text], annotations },
      to: {
        texts: [text + separator + next.text],
        annotations: annotations.map((a) => ({ ...a, ...spanAfterJoin(a, a.index as 0 | 1, text.length, separator), index: 0 })),
      },
      alignments: await beadStates(tx, documentId, side, (beads) => planParagraphJoin(beads, side, position)),
    }
  })
}
