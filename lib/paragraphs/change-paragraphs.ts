import { requireAlignmentAccess } from '../access'
import { db, type Tx } from '../db'
import { EditError } from '../editing/bead-edits'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import type { EventKind } from '../events/event-kinds'
import type { Prisma } from '../generated/prisma/client'
import { asAppError, claimVersion, staleVersion, TRANSACTION_OPTIONS, undoInfo, type BeadPatch } from '../beads/edit-beads'
import { alignmentsUsing, applyParagraphChange, type ParagraphChange, type Side } from './paragraph-change'

export type ParagraphContext = { tx: Tx; documentId: number; language: string; side: Side; position: number; text: string; paragraphId: number }

/**
 * The one path for changes to a document's paragraphs: permission (text.edit), the version
 * the user saw, the change planned by `build`, version bumps of every alignment showing the
 * document (their views are out of date too), an event that undo can replay, and the patch
 * for the acting alignment's view.
 */
export async function changeParagraphs(
  { userId, alignmentId, expectedVersion, kind, side, position }: { userId: string; alignmentId: number; expectedVersion: number; kind: EventKind; side: Side; position: number },
  build: (context: ParagraphContext) => Promise<Omit<ParagraphChange, 'documentId' | 'side' | 'position'>>,
): Promise<BeadPatch> {
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'text.edit' })
    if (access.version !== expectedVersion) throw staleVersion(expectedVersion, access.version)
    const alignment = await tx.alignment.findUniqueOrThrow({
      where: { id: alignmentId },
      select: { sourceDocument: { select: { id: true, language: true } }, targetDocument: { select: { id: true, language: true } } },
    })
    const document = side === 'source' ? alignment.sourceDocument : alignment.targetDocument
    const paragraph = await tx.paragraph.findUnique({ where: { documentId_position: { documentId: document.id, position } }, select: { id: true, text: true } })
    if (!paragraph) throw new AppError('CONFLICT', `There is no paragraph ${position + 1} any more: the text was changed. Your view now shows the current state.`)
    let change: ParagraphChange
    try {
      change = { documentId: document.id, side, position, ...(await build({ tx, documentId: document.id, language: document.language, side, position, text: paragraph.text, paragraphId: paragraph.id })) }
    } catch (error) {
      asAppError(error)
    }
    const version = await claimVersion(tx, alignmentId, expectedVersion)
    const others = (await alignmentsUsing(tx, document.id, side)).map((a) => a.id).filter((id) => id !== alignmentId)
    if (others.length) await tx.alignment.updateMany({ where: { id: { in: others } }, data: { version: { increment: 1 } } })
    const eventId = await recordEvent(tx, { kind, userId, projectId: access.projectId, alignmentId, version, data: change as unknown as Prisma.InputJsonValue })
    const { paragraphs, patches } = await applyParagraphChange(tx, change, 'forward', userId, eventId)
    await tx.event.updateMany({ where: { alignmentId, isRedoable: true }, data: { isRedoable: false } })
    const patch = patches.get(alignmentId) ?? { from: 0, to: 0, beads: [], paragraphs: [paragraphs] }
    return { version, ...patch, ...(await undoInfo(tx, alignmentId)) }
  }, TRANSACTION_OPTIONS)
}

/** Refuses text that is empty or holds a blank line (that would be two paragraphs). */
export function requireParagraphText(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim()
  if (!normalised) throw new EditError('A paragraph needs some text. To remove a paragraph, join it with its neighbour.')
  if (/\n[ \t]*\n/.test(normalised)) throw new EditError('The text holds a blank line, which would make two paragraphs: split the paragraph instead.')
  return normalised
}
