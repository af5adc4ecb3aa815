import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db, type Tx } from '../db'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import { alignmentsUsing, applyParagraphChange, type ParagraphChange } from '../paragraphs/paragraph-change'
import { parseInput } from '../validation/common'
import { applyPlan, indexesIn, loadBeads, toBeadView, type BeadSnapshot } from './bead-store'
import { claimVersion, loadAlignmentInfo, staleVersion, TRANSACTION_OPTIONS, UNDOABLE_KINDS, undoInfo, type BeadEventData, type BeadPatch } from './edit-beads'
import { editTargetSchema } from './edit-input'

const PARAGRAPH_KINDS = new Set(['paragraph.edited', 'paragraph.split', 'paragraphs.joined'])

const sameRanges = (a: BeadSnapshot, b: BeadSnapshot) => a.srcStart === b.srcStart && a.srcEnd === b.srcEnd && a.tgtStart === b.tgtStart && a.tgtEnd === b.tgtEnd

/** Puts `target` in place of the beads that `expected` describes (after checking they are still there). */
async function replayBeads(tx: Tx, alignmentId: number, data: BeadEventData, direction: 'backward' | 'forward') {
  const [expected, target] = direction === 'backward' ? [data.after, data.before] : [data.before, data.after]
  const info = await loadAlignmentInfo(tx, alignmentId)
  const beads = await loadBeads(tx, alignmentId)
  const { from, to } = indexesIn(beads, data.region)
  const current = beads.slice(from, to)
  if (current.length !== expected.length || current.some((bead, k) => !sameRanges(bead as BeadSnapshot, expected[k]!))) {
    throw new AppError('CONFLICT', 'This change can no longer be undone or redone: the beads around it were changed since.')
  }
  // A replay that only changes attributes (confirm, unconfirm) must not take back what
  // reviewers did since: review status has its own transitions and events (lib/reviews).
  const inPlace = target.length === current.length && target.every((bead, k) => sameRanges(bead, current[k] as BeadSnapshot))
  const planned = inPlace ? target.map((bead, k) => ({ ...bead, reviewStatus: current[k]!.reviewStatus, reviewedById: current[k]!.reviewedById, reviewedAt: current[k]!.reviewedAt })) : target
  const updated = await applyPlan(tx, alignmentId, beads, { from, to, beads: planned }, { source: info.sourceCount, target: info.targetCount })
  return { from, to, beads: updated.slice(from, from + target.length).map(toBeadView), paragraphs: [] }
}

async function replay(tx: Tx, alignmentId: number, userId: string, event: { id: number; kind: string; data: unknown }, direction: 'backward' | 'forward') {
  if (PARAGRAPH_KINDS.has(event.kind)) {
    const change = event.data as ParagraphChange
    const others = (await alignmentsUsing(tx, change.documentId, change.side)).map((a) => a.id).filter((id) => id !== alignmentId)
    if (others.length) await tx.alignment.updateMany({ where: { id: { in: others } }, data: { version: { increment: 1 } } })
    const { paragraphs, patches } = await applyParagraphChange(tx, change, direction, userId, event.id)
    return patches.get(alignmentId) ?? { from: 0, to: 0, beads: [], paragraphs: [paragraphs] }
  }
  return replayBeads(tx, alignmentId, event.data as BeadEventData, direction)
}

export const undoEditSchema = editTargetSchema

/** Undoes the alignment's latest change that is not undone yet (whoever made it). */
export async function undoEdit({ userId, ...input }: z.input<typeof undoEditSchema> & { userId: string }): Promise<BeadPatch> {
  const { alignmentId, expectedVersion } = parseInput(undoEditSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'alignment.edit' })
    if (access.version !== expectedVersion) throw staleVersion(expectedVersion, access.version)
    const event = await tx.event.findFirst({
      where: { alignmentId, undoneAt: null, kind: { in: [...UNDOABLE_KINDS] } },
      orderBy: { id: 'desc' },
      select: { id: true, kind: true, data: true },
    })
    if (!event) throw new AppError('INVALID_INPUT', 'There is nothing to undo.')
    const version = await claimVersion(tx, alignmentId, expectedVersion)
    const patch = await replay(tx, alignmentId, userId, event, 'backward')
    await tx.event.update({ where: { id: event.id }, data: { undoneAt: new Date(), isRedoable: true } })
    await recordEvent(tx, { kind: 'edit.undone', userId, projectId: access.projectId, alignmentId, version, revertsId: event.id, data: { undoneKind: event.kind } })
    return { version, ...patch, ...(await undoInfo(tx, alignmentId)) }
  }, TRANSACTION_OPTIONS)
}

/** Re-applies the change undone last, as long as no new change was made since. */
export async function redoEdit({ userId, ...input }: z.input<typeof undoEditSchema> & { userId: string }): Promise<BeadPatch> {
  const { alignmentId, expectedVersion } = parseInput(undoEditSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'alignment.edit' })
    if (access.version !== expectedVersion) throw staleVersion(expectedVersion, access.version)
    const event = await tx.event.findFirst({ where: { alignmentId, isRedoable: true }, orderBy: { undoneAt: 'desc' }, select: { id: true, kind: true, data: true } })
    if (!event) throw new AppError('INVALID_INPUT', 'There is nothing to redo.')
    const version = await claimVersion(tx, alignmentId, expectedVersion)
    const patch = await replay(tx, alignmentId, userId, event, 'forward')
    await tx.event.update({ where: { id: event.id }, data: { undoneAt: null, isRedoable: false } })
    await recordEvent(tx, { kind: 'edit.redone', userId, projectId: access.projectId, alignmentId, version, revertsId: event.id, data: { redoneKind: event.kind } })
    return { version, ...patch, ...(await undoInfo(tx, alignmentId)) }
  }, TRANSACTION_OPTIONS)
}
