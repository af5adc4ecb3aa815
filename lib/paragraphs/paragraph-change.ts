// A change to a document's paragraphs (new wording, a paragraph split in two, two joined),
// stored so that it can be applied in either direction: undo plays it backward, redo forward.
// The window [position, position + texts.length) of one document changes; annotations in it
// move; in every alignment using the document, the beads around the window change and the
// beads after it shift.
import type { Tx } from '../db'
import { assertTiling, type EditPlan } from '../editing/bead-edits'
import { remapWindowSpan } from '../editing/remap-span'
import { AppError } from '../errors'
import type { Prisma } from '../generated/prisma/client'
import { applyPlan, indexesIn, loadBeads, regionOf, snapshot, toBeadView, type BeadSnapshot, type Region, type StoredBead } from '../beads/bead-store'
import type { BeadPatch, ParagraphPatch } from '../beads/edit-beads'

export type Side = 'source' | 'target'
export type AnnotationState = { id: number; index: number; start: number; end: number; status: 'OPEN' | 'RESOLVED' | 'OUTDATED' }
export type WindowState = { texts: string[]; annotations: AnnotationState[] }
export type AlignmentBeadsState = { region: Region; beads: BeadSnapshot[] }

export type ParagraphChange = {
  documentId: number
  side: Side
  position: number
  from: WindowState
  to: WindowState
  alignments: { alignmentId: number; from: AlignmentBeadsState; to: AlignmentBeadsState }[]
}

/** Positions are shifted through this offset so the unique (document, position) index never collides. */
const SHIFT_OFFSET = 10_000_000

async function shiftPositions(tx: Tx, documentId: number, after: number, delta: number) {
  if (delta === 0) return
  await tx.paragraph.updateMany({ where: { documentId, position: { gt: after } }, data: { position: { increment: SHIFT_OFFSET } } })
  await tx.paragraph.updateMany({ where: { documentId, position: { gt: after + SHIFT_OFFSET } }, data: { position: { increment: delta - SHIFT_OFFSET } } })
}

/** The alignments that show `documentId` on `side` (one original may have several translations). */
export async function alignmentsUsing(tx: Tx, documentId: number, side: Side) {
  return tx.alignment.findMany({
    where: side === 'source' ? { sourceDocumentId: documentId } : { targetDocumentId: documentId },
    select: { id: true, sourceDocumentId: true, targetDocumentId: true },
    orderBy: { id: 'asc' },
  })
}

export async function annotationsOf(tx: Tx, paragraphIds: number[]): Promise<AnnotationState[]> {
  const rows = await tx.annotation.findMany({ where: { paragraphId: { in: paragraphIds } }, select: { id: true, paragraphId: true, start: true, end: true, status: true }, orderBy: { id: 'asc' } })
  return rows.map((row) => ({ id: row.id, index: paragraphIds.indexOf(row.paragraphId), start: row.start, end: row.end, status: row.status }))
}

/** The beads of every alignment using the document, before and after `plan` (a pure planner). */
export async function beadStates(
  tx: Tx,
  documentId: number,
  side: Side,
  plan: (beads: StoredBead[]) => EditPlan,
) {
  const states: ParagraphChange['alignments'] = []
  for (const alignment of await alignmentsUsing(tx, documentId, side)) {
    const beads = await loadBeads(tx, alignment.id)
    const planned = plan(beads)
    states.push({
      alignmentId: alignment.id,
      from: { region: regionOf(beads, planned.from, planned.to), beads: beads.slice(planned.from, planned.to).map(snapshot) },
      to: { region: regionOf(planned.beads, 0, planned.beads.length), beads: planned.beads.map((b) => snapshot(b)) },
    })
  }
  return states
}

const sameRanges = (a: Region, b: Region) => a.srcStart === b.srcStart && a.srcEnd === b.srcEnd && a.tgtStart === b.tgtStart && a.tgtEnd === b.tgtEnd

const cannotReplay = () =>
  new AppError('CONFLICT', 'This change can no longer be undone or redone: the text or the beads around it were changed since.')

/**
 * Applies `change` forward (from → to) or backward (to → from) and returns, per alignment,
 * what its viewers must update. The caller has checked permission and claimed the version.
 */
export async function applyParagraphChange(tx: Tx, change: ParagraphChange, direction: 'forward' | 'backward', userId: string | null, eventId: number | null) {
  const [from, to] = direction === 'forward' ? [change.from, change.to] : [change.to, change.from]
  const rows = await tx.paragraph.findMany({
    where: { documentId: change.documentId, position: { gte: change.position, lt: change.position + from.texts.length } },
    orderBy: { position: 'asc' },
    select: { id: true, text: true },
  })
  if (rows.length !== from.texts.length || rows.some((row, k) => row.text !== from.texts[k])) throw cannotReplay()
  const delta = to.texts.length - from.texts.length
  const ids = rows.map((row) => row.id)

  // Grow the window first, so annotations and comments have a row to go to.
  if (delta > 0) {
    await shiftPositions(tx, change.documentId, change.position + from.texts.length - 1, delta)
    for (let k = from.texts.length; k < to.texts.length; k++) {
      const created = await tx.paragraph.create({ data: { documentId: change.documentId, position: change.position + k, text: to.texts[k]! }, select: { id: true } })
      ids.push(created.id)
    }
  }
  // Annotations the change knew move as it recorded; their review state (resolved, reopened
  // since) is kept, except that the change outdates them or, played back, un-outdates them.
  // Annotations made since (or deleted since) are not in the event: the first follow the text,
  // the second are skipped.
  const current = await tx.annotation.findMany({ where: { paragraphId: { in: rows.map((row) => row.id) } }, select: { id: true, paragraphId: true, start: true, end: true, status: true } })
  const recorded = new Map(to.annotations.map((annotation) => [annotation.id, annotation]))
  for (const annotation of current) {
    const known = recorded.get(annotation.id)
    if (known) {
      const status = known.status === 'OUTDATED' ? 'OUTDATED' : annotation.status === 'OUTDATED' ? known.status : annotation.status
      await tx.annotation.update({ where: { id: annotation.id }, data: { paragraphId: ids[known.index]!, start: known.start, end: known.end, status } })
      continue
    }
    const moved = remapWindowSpan(from.texts, to.texts, { index: rows.findIndex((row) => row.id === annotation.paragraphId), start: annotation.start, end: annotation.end })
    await tx.annotation.update({
      where: { id: annotation.id },
      data: { paragraphId: ids[moved.index]!, start: moved.start, end: moved.end, status: moved.isOutdated ? 'OUTDATED' : annotation.status },
    })
  }
  if (delta < 0) {
    const removed = ids.splice(to.texts.length)
    // Threads started on a paragraph that disappears stay on the paragraph it joined.
    await tx.comment.updateMany({ where: { anchorParagraphId: { in: removed } }, data: { anchorParagraphId: ids[ids.length - 1]! } })
    await tx.paragraph.deleteMany({ where: { id: { in: removed } } })
    await shiftPositions(tx, change.documentId, change.position + from.texts.length - 1, delta)
  }
  for (const [k, text] of to.texts.entries()) {
    if (k < from.texts.length && text !== from.texts[k]) {
      await tx.paragraph.update({ where: { id: ids[k]! }, data: { text } })
      await tx.paragraphRevision.create({ data: { paragraphId: ids[k]!, before: from.texts[k]!, after: text, userId, eventId } })
    }
  }

  const paragraphs: ParagraphPatch = { side: change.side, from: change.position, to: change.position + from.texts.length, texts: to.texts, ids }
  const patches = new Map<number, Omit<BeadPatch, 'version' | 'undo' | 'redo'>>()
  for (const state of change.alignments) {
    const [before, after] = direction === 'forward' ? [state.from, state.to] : [state.to, state.from]
    const patch = await replayBeads(tx, state.alignmentId, change, before, after, delta)
    patches.set(state.alignmentId, { ...patch, paragraphs: [paragraphs] })
  }
  return { paragraphs, patches }
}

async function replayBeads(tx: Tx, alignmentId: number, change: ParagraphChange, before: AlignmentBeadsState, after: AlignmentBeadsState, delta: number) {
  const beads = await loadBeads(tx, alignmentId)
  const { from, to } = indexesIn(beads, before.region)
  const current = beads.slice(from, to)
  if (current.length !== before.beads.length || current.some((bead, k) => !sameRanges(bead, before.beads[k]!))) throw cannotReplay()
  // Beads after the window move with the paragraphs.
  const tail = beads.slice(to)
  const key = change.side === 'source' ? { start: 'srcStart', end: 'srcEnd' } : { start: 'tgtStart', end: 'tgtEnd' }
  for (let k = 0; k < tail.length; k += 5_000) {
    const ids = tail.slice(k, k + 5_000).map((bead) => bead.id)
    await tx.bead.updateMany({ where: { id: { in: ids } }, data: { [key.start]: { increment: delta }, [key.end]: { increment: delta } } as Prisma.BeadUpdateManyMutationInput })
  }
  const shifted = [...beads.slice(0, to), ...tail.map((bead) => ({ ...bead, [key.start]: (bead[key.start as 'srcStart'] as number) + delta, [key.end]: (bead[key.end as 'srcEnd'] as number) + delta }))]
  const counts = await documentCounts(tx, alignmentId)
  const updated = await applyPlan(tx, alignmentId, shifted, { from, to, beads: after.beads }, counts)
  assertTiling(updated, counts.source, counts.target)
  return { from, to, beads: updated.slice(from, from + after.beads.length).map(toBeadView) }
}

async function documentCounts(tx: Tx, alignmentId: number) {
  const row = await tx.alignment.findUniqueOrThrow({
    where: { id: alignmentId },
    select: { sourceDocument: { select: { _count: { select: { paragraphs: true } } } }, targetDocument: { select: { _count: { select: { paragraphs: true } } } } },
  })
  return { source: row.sourceDocument._count.paragraphs, target: row.targetDocument._count.paragraphs }
}
