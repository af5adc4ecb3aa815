// Lookups the review verbs (comments, annotations, review status, findings) share, run
// inside the caller's transaction after its permission check.
import type { AlignmentAccess } from '../access'
import type { Tx } from '../db'
import { AppError } from '../errors'
import type { EventKind } from '../events/event-kinds'
import { recordEvent } from '../events/record-event'
import type { Prisma } from '../generated/prisma/client'
import type { Side as DbSide } from '../generated/prisma/enums'

export type SideName = 'source' | 'target'

export const toDbSide = (side: SideName): DbSide => (side === 'source' ? 'SOURCE' : 'TARGET')
export const toSideName = (side: DbSide): SideName => (side === 'SOURCE' ? 'source' : 'target')

export type BeadRanges = { id: number; srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }

export async function documentsOf(tx: Tx, alignmentId: number) {
  return tx.alignment.findUniqueOrThrow({
    where: { id: alignmentId },
    select: {
      sourceDocument: { select: { id: true, language: true } },
      targetDocument: { select: { id: true, language: true } },
    },
  })
}

/** The paragraph at `position` of the alignment's `side`, or null (the text was split or joined since). */
export async function paragraphAt(tx: Tx, alignmentId: number, side: SideName, position: number) {
  const documents = await documentsOf(tx, alignmentId)
  const documentId = side === 'source' ? documents.sourceDocument.id : documents.targetDocument.id
  return tx.paragraph.findUnique({ where: { documentId_position: { documentId, position } }, select: { id: true, text: true } })
}

/** The alignment's beads in document order (bead N of the interface is beads[N - 1]). */
export async function beadsInOrder(tx: Tx, alignmentId: number): Promise<BeadRanges[]> {
  return tx.bead.findMany({
    where: { alignmentId },
    orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }],
    select: { id: true, srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true },
  })
}

/** 1-based bead numbers by bead id. */
export function beadNumbers(beads: readonly { id: number }[]): Map<number, number> {
  return new Map(beads.map((bead, index) => [bead.id, index + 1]))
}

export function rangeOf(bead: BeadRanges, side: SideName): { start: number; end: number } {
  return side === 'source' ? { start: bead.srcStart, end: bead.srcEnd } : { start: bead.tgtStart, end: bead.tgtEnd }
}

/** The bead holding paragraph `position` of `side` (beads tile the documents: exactly one). */
export function beadHolding<B extends BeadRanges>(beads: readonly B[], side: SideName, position: number): B | undefined {
  let low = 0
  let high = beads.length - 1
  const key = side === 'source' ? 'srcEnd' : 'tgtEnd'
  // The first bead whose range ends after `position`; one-sided beads of the other side
  // (empty ranges) may sit in front of it.
  while (low < high) {
    const mid = (low + high) >> 1
    if (beads[mid]![key] <= position) low = mid + 1
    else high = mid
  }
  for (let i = low; i < beads.length; i++) {
    const { start, end } = rangeOf(beads[i]!, side)
    if (start <= position && position < end) return beads[i]
    if (start > position) break
  }
  return undefined
}

/** The bead of this alignment, or CONFLICT: the user's view holds a bead an edit replaced. */
export async function requireBead(tx: Tx, alignmentId: number, beadId: number): Promise<BeadRanges> {
  const bead = await tx.bead.findFirst({ where: { id: beadId, alignmentId }, select: { id: true, srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true } })
  if (!bead) throw new AppError('CONFLICT', 'This bead no longer exists: the alignment was changed. Reload to see the current state.', { beadId })
  return bead
}

export async function namesOf(tx: Tx, userIds: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const ids = [...new Set([...userIds].filter((id): id is string => Boolean(id)))]
  if (ids.length === 0) return new Map()
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
  return new Map(users.map((user) => [user.id, user.name]))
}

/**
 * The event row of a review change. Review changes leave the alignment's version alone (they
 * do not change what editors edit), so the event carries the version they were made on.
 */
export function recordReviewEvent(tx: Tx, access: AlignmentAccess, userId: string, kind: EventKind, data: Prisma.InputJsonValue): Promise<number> {
  return recordEvent(tx, { kind, userId, projectId: access.projectId, alignmentId: access.alignmentId, version: access.version, data })
}

/**
 * The review stamp: the id of the alignment's latest event. Every change writes one (edits,
 * comments, annotations, review status, dismissals), while review changes leave the version
 * alone; an open editor compares stamps to pick up other people's review work.
 */
export async function reviewStamp(tx: Tx, alignmentId: number): Promise<number> {
  const latest = await tx.event.findFirst({ where: { alignmentId }, orderBy: { id: 'desc' }, select: { id: true } })
  return latest?.id ?? 0
}
