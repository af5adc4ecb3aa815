import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { idSchema, parseInput } from '../validation/common'

export const countThreadsSchema = z.object({ alignmentId: idSchema })

export type ThreadCounts = Record<number, { open: number; resolved: number }>

/** Open and resolved threads per bead id (beads without threads are left out): the count on each bead. */
export async function countThreads({ userId, ...input }: z.input<typeof countThreadsSchema> & { userId: string }): Promise<ThreadCounts> {
  const { alignmentId } = parseInput(countThreadsSchema, input)
  return db.$transaction(async (tx) => {
    await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    // A thread counts while its first comment or a reply is not deleted.
    const roots = await tx.comment.findMany({
      where: { alignmentId, parentId: null, OR: [{ deletedAt: null }, { replies: { some: { deletedAt: null } } }] },
      select: { beadId: true, resolvedAt: true },
    })
    const counts: ThreadCounts = {}
    for (const root of roots) {
      const entry = (counts[root.beadId] ??= { open: 0, resolved: 0 })
      if (root.resolvedAt) entry.resolved++
      else entry.open++
    }
    return counts
  })
}
