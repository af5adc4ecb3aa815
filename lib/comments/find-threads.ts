import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { idSchema, parseInput } from '../validation/common'
import { commentSelect, toThreadViews, type ThreadView } from './thread-view'

export const findThreadsSchema = z.object({
  alignmentId: idSchema,
  status: z.enum(['open', 'resolved', 'all']).default('all'),
  beadId: idSchema.optional(),
})

/** The alignment's comment threads in bead order, optionally only open/resolved ones or one bead's. */
export async function findThreads({ userId, ...input }: z.input<typeof findThreadsSchema> & { userId: string }): Promise<ThreadView[]> {
  const { alignmentId, status, beadId } = parseInput(findThreadsSchema, input)
  return db.$transaction(async (tx) => {
    await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    const resolved = status === 'open' ? { resolvedAt: null } : status === 'resolved' ? { resolvedAt: { not: null } } : {}
    const roots = await tx.comment.findMany({ where: { alignmentId, parentId: null, ...(beadId ? { beadId } : {}), ...resolved }, select: { id: true } })
    if (roots.length === 0) return []
    const ids = roots.map((root) => root.id)
    const rows = await tx.comment.findMany({ where: { alignmentId, OR: [{ id: { in: ids } }, { parentId: { in: ids } }] }, select: commentSelect })
    return toThreadViews(tx, alignmentId, rows)
  })
}
