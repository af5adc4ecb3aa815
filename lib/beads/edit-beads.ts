// The one path every change to an alignment's beads takes: permission, optimistic
// concurrency (the version the user saw), the change itself, a tiling check, and an event
// row holding the region's beads before and after (what undo and redo replay).
import type { Action } from '../access'
import { requireAlignmentAccess } from '../access'
import { db, type Tx } from '../db'
import { EditError, trimPlan, type EditPlan } from '../editing/bead-edits'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import { undoableKinds, type EventKind } from '../events/event-kinds'
import type { Prisma } from '../generated/prisma/client'
import { applyPlan, loadBeads, regionOf, snapshot, toBeadView, type Region, type StoredBead } from './bead-store'
import type { BeadView } from '../alignments/get-alignment-view'

/** The change that undo (or redo) would revert (or re-apply), and who made it. */
export type UndoStep = { kind: string; userId: string | null; userName: string | null; at: string }
export type UndoInfo = { undo: UndoStep | null; redo: UndoStep | null }

/** What the browser needs to update its copy: replace beads[from, to) with `beads`. */
export type BeadPatch = UndoInfo & {
  version: number
  from: number
  to: number
  beads: BeadView[]
  paragraphs: ParagraphPatch[]
}
/** Replace paragraphs [from, to) of one side with `texts` (whose database ids are `ids`). */
export type ParagraphPatch = { side: 'source' | 'target'; from: number; to: number; texts: string[]; ids: number[] }

export type EditContext = {
  tx: Tx
  userId: string
  alignment: AlignmentInfo
  beads: StoredBead[]
}

export type AlignmentInfo = {
  id: number
  projectId: number
  sourceDocumentId: number
  targetDocumentId: number
  sourceCount: number
  targetCount: number
}

export type BeadEventData = { region: Region; before: ReturnType<typeof snapshot>[]; after: ReturnType<typeof snapshot>[] }

export const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 60_000 }

export async function loadAlignmentInfo(tx: Tx, alignmentId: number): Promise<AlignmentInfo> {
  const row = await tx.alignment.findUniqueOrThrow({
    where: { id: alignmentId },
    select: {
      id: true,
      projectId: true,
      sourceDocumentId: true,
      targetDocumentId: true,
      sourceDocument: { select: { _count: { select: { paragraphs: true } } } },
      targetDocument: { select: { _count: { select: { paragraphs: true } } } },
    },
  })
  return {
    id: row.id,
    projectId: row.projectId,
    sourceDocumentId: row.sourceDocumentId,
    targetDocumentId: row.targetDocumentId,
    sourceCount: row.sourceDocument._count.paragraphs,
    targetCount: row.targetDocument._count.paragraphs,
  }
}

/**
 * Compare-and-set of the alignment's version: the change goes through only if nobody
 * changed the alignment since the user loaded it. On PostgreSQL the UPDATE also locks the
 * row, so concurrent edits of one alignment run one after the other.
 */
export async function claimVersion(tx: Tx, alignmentId: number, expectedVersion: number): Promise<number> {
  const { count } = await tx.alignment.updateMany({ where: { id: alignmentId, version: expectedVersion }, data: { version: { increment: 1 } } })
  if (count === 0) {
    const current = await tx.alignment.findUnique({ where: { id: alignmentId }, select: { version: true } })
    throw staleVersion(expectedVersion, current?.version ?? null)
  }
  return expectedVersion + 1
}

export function staleVersion(expectedVersion: number, currentVersion: number | null): AppError {
  return new AppError('CONFLICT', 'Someone else changed this alignment in the meantime. Your view now shows the current state; please check it and try again.', {
    expectedVersion,
    currentVersion,
  })
}

export async function undoInfo(tx: Tx, alignmentId: number): Promise<UndoInfo> {
  const select = { kind: true, userId: true, createdAt: true } as const
  // One after the other: on PGlite a transaction's queries run one at a time anyway.
  const undo = await tx.event.findFirst({ where: { alignmentId, undoneAt: null, kind: { in: [...UNDOABLE_KINDS] } }, orderBy: { id: 'desc' }, select })
  const redo = await tx.event.findFirst({ where: { alignmentId, isRedoable: true }, orderBy: { undoneAt: 'desc' }, select })
  const ids = [undo?.userId, redo?.userId].filter((id): id is string => Boolean(id))
  const users = ids.length ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : []
  const step = (event: typeof undo): UndoStep | null =>
    event && { kind: event.kind, userId: event.userId, userName: users.find((u) => u.id === event.userId)?.name ?? null, at: event.createdAt.toISOString() }
  return { undo: step(undo), redo: step(redo) }
}

export const UNDOABLE_KINDS: ReadonlySet<EventKind> = new Set(undoableKinds)

/** Maps the pure module's refusals to the one error type. */
export function asAppError(error: unknown): never {
  if (error instanceof EditError) throw new AppError('INVALID_INPUT', error.message)
  throw error
}

export async function editBeads(
  { userId, alignmentId, expectedVersion, kind, action = 'alignment.edit', details = {} }: {
    userId: string
    alignmentId: number
    expectedVersion: number
    kind: EventKind
    action?: Action
    details?: Record<string, unknown>
  },
  change: (context: EditContext) => EditPlan | Promise<EditPlan>,
): Promise<BeadPatch> {
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action })
    // Fail early, before any work, when the user's view is already out of date.
    if (access.version !== expectedVersion) throw staleVersion(expectedVersion, access.version)
    const alignment = await loadAlignmentInfo(tx, alignmentId)
    const beads = await loadBeads(tx, alignmentId)
    let plan: EditPlan
    try {
      plan = trimPlan(beads, await change({ tx, userId, alignment, beads }))
    } catch (error) {
      asAppError(error)
    }
    if (plan.from === plan.to && plan.beads.length === 0) {
      return { version: expectedVersion, from: 0, to: 0, beads: [], paragraphs: [], ...(await undoInfo(tx, alignmentId)) }
    }
    const version = await claimVersion(tx, alignmentId, expectedVersion)
    const region = regionOf(beads, plan.from, plan.to)
    const updated = await applyPlan(tx, alignmentId, beads, plan, { source: alignment.sourceCount, target: alignment.targetCount })
    const created = updated.slice(plan.from, plan.from + plan.beads.length)
    const data: BeadEventData = { region, before: beads.slice(plan.from, plan.to).map(snapshot), after: created.map(snapshot) }
    await recordEvent(tx, { kind, userId, projectId: alignment.projectId, alignmentId, version, data: { ...details, ...data } as Prisma.InputJsonValue })
    await tx.event.updateMany({ where: { alignmentId, isRedoable: true }, data: { isRedoable: false } })
    return { version, from: plan.from, to: plan.to, beads: created.map(toBeadView), paragraphs: [], ...(await undoInfo(tx, alignmentId)) }
  }, TRANSACTION_OPTIONS)
}

/** Finds a bead of the alignment by id (as the user saw it) or refuses. */
export function indexOfBead(beads: StoredBead[], beadId: number): number {
  const index = beads.findIndex((bead) => bead.id === beadId)
  if (index < 0) throw new AppError('CONFLICT', 'This bead no longer exists: the alignment was changed. Your view now shows the current state.')
  return index
}
