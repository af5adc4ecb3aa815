import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { idSchema, parseInput, userIdSchema } from '../validation/common'
import type { Tx } from '../db'
import { describeDetails, describeEvent, type AnnotationFacts, type AuditDetail, type EventContext, type EventDescription } from './describe-event'

export const AUDIT_PAGE_SIZE = 100

export const findAuditEventsSchema = z.object({
  alignmentId: idSchema,
  // Cursor: only events older than this one (the "older" link of the page).
  before: idSchema.optional(),
  actorId: userIdSchema.optional(),
  limit: z.number().int().min(1).max(500).default(AUDIT_PAGE_SIZE),
})

export type AuditEvent = {
  id: number
  at: Date
  actor: { id: string; name: string } | null
  kind: string
  version: number | null
  description: EventDescription
  details: AuditDetail[]
  /** Undo/redo: the alignment version the reverted or re-applied change had made. */
  revertsVersion: number | null
  isUndone: boolean
}

/**
 * Who did what to an alignment and when, newest first, a page at a time. Owners and editors
 * only (audit.read); the raw undo data is not exposed, only its description.
 */
export async function findAuditEvents({ userId, ...input }: z.input<typeof findAuditEventsSchema> & { userId: string }) {
  const { alignmentId, before, actorId, limit } = parseInput(findAuditEventsSchema, input)
  return db.$transaction(async (tx) => {
    await requireAlignmentAccess(tx, { userId, alignmentId, action: 'audit.read' })
    const [alignment, rows, actors] = await Promise.all([
      tx.alignment.findUniqueOrThrow({ where: { id: alignmentId }, select: { id: true, title: true, version: true, project: { select: { id: true, name: true } } } }),
      tx.event.findMany({
        where: { alignmentId, ...(before ? { id: { lt: before } } : {}), ...(actorId ? { userId: actorId } : {}) },
        orderBy: { id: 'desc' },
        take: limit + 1,
        select: { id: true, createdAt: true, userId: true, kind: true, version: true, data: true, revertsId: true, undoneAt: true },
      }),
      // Everyone who ever changed the alignment, for the filter (members who left included).
      tx.event.findMany({ where: { alignmentId, userId: { not: null } }, distinct: ['userId'], select: { userId: true } }),
    ])
    const ids = [...new Set([...rows.map((r) => r.userId), ...actors.map((a) => a.userId)].filter((id): id is string => id !== null))]
    const revertedIds = rows.flatMap((r) => (r.revertsId ? [r.revertsId] : []))
    const reverted = new Map((await tx.event.findMany({ where: { id: { in: revertedIds } }, select: { id: true, version: true } })).map((e) => [e.id, e.version]))
    const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    const names = new Map(users.map((u) => [u.id, u.name]))
    const context = await eventContext(tx, alignmentId, rows.slice(0, limit))
    const events: AuditEvent[] = rows.slice(0, limit).map((row) => ({
      id: row.id,
      at: row.createdAt,
      actor: row.userId ? { id: row.userId, name: names.get(row.userId) ?? '?' } : null,
      kind: row.kind,
      version: row.version,
      description: describeEvent(row.kind, row.data, context),
      details: describeDetails(row.kind, row.data, context),
      revertsVersion: row.revertsId ? (reverted.get(row.revertsId) ?? null) : null,
      isUndone: row.undoneAt !== null,
    }))
    return {
      alignment,
      events,
      actors: users.map((u) => ({ id: u.id, name: u.name })).sort((a, b) => a.name.localeCompare(b.name)),
      nextBefore: rows.length > limit ? events.at(-1)!.id : null,
    }
  })
}

const idIn = (data: unknown, key: string): number[] => {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined
  return typeof value === 'number' ? [value] : []
}

/**
 * Review events name beads and annotations by id: today's bead numbers (for the beads the page's
 * events name) and the annotations that still exist. Two small queries, only when the page needs them.
 */
async function eventContext(tx: Tx, alignmentId: number, rows: readonly { kind: string; data: unknown }[]): Promise<EventContext> {
  const beadIds = new Set(
    rows.flatMap((row) => [
      ...idIn(row.data, 'beadId'),
      ...(row.kind === 'findings.dismissed' && Array.isArray((row.data as { findings?: unknown })?.findings) ? (row.data as { findings: unknown[] }).findings.flatMap((f) => idIn(f, 'beadId')) : []),
    ]),
  )
  const annotationIds = [...new Set(rows.flatMap((row) => (row.kind.startsWith('annotation.') ? idIn(row.data, 'annotationId') : [])))]
  const context: { beadNumbers?: Map<number, number>; annotations?: Map<number, AnnotationFacts> } = {}
  if (beadIds.size) {
    // A bead's number is its place in document order; only ids are read, for the whole alignment.
    const beads = await tx.bead.findMany({ where: { alignmentId }, orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { id: true } })
    context.beadNumbers = new Map(beads.flatMap((bead, index) => (beadIds.has(bead.id) ? [[bead.id, index + 1] as const] : [])))
  }
  if (annotationIds.length) {
    const annotations = await tx.annotation.findMany({
      where: { alignmentId, id: { in: annotationIds } },
      select: { id: true, side: true, quote: true, category: true, severity: true, paragraph: { select: { position: true } } },
    })
    context.annotations = new Map(annotations.map((a) => [a.id, { side: a.side, position: a.paragraph.position, quote: a.quote, category: a.category, severity: a.severity }]))
  }
  return context
}
