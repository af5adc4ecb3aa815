import type { Prisma } from '../generated/prisma/client'
import type { Tx } from '../db'
import type { EventKind } from './event-kinds'

/** Writes one row of the event log, inside the caller's transaction. */
export async function recordEvent(
  tx: Tx,
  event: {
    kind: EventKind
    userId: string | null
    projectId?: number | null
    alignmentId?: number | null
    version?: number | null
    data?: Prisma.InputJsonValue
    /** For undo and redo: the event they revert or re-apply. */
    revertsId?: number | null
  },
): Promise<number> {
  const row = await tx.event.create({
    data: {
      kind: event.kind,
      userId: event.userId,
      projectId: event.projectId ?? null,
      alignmentId: event.alignmentId ?? null,
      version: event.version ?? null,
      data: event.data ?? {},
      revertsId: event.revertsId ?? null,
    },
    select: { id: true },
  })
  return row.id
}
