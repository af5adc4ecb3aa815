import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { parseInput } from '../validation/common'
import { editTargetSchema, positionSchema, sideSchema } from '../beads/edit-input'

const schema = editTargetSchema.pick({ alignmentId: true }).extend({ side: sideSchema, position: positionSchema })

/** A paragraph's wording history, newest first: each revision's text before and after, who and when. */
export async function findParagraphRevisions({ userId, ...input }: { userId: string; alignmentId: number; side: 'source' | 'target'; position: number }) {
  const { alignmentId, side, position } = parseInput(schema, input)
  return db.$transaction(async (tx) => {
    await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    const alignment = await tx.alignment.findUniqueOrThrow({ where: { id: alignmentId }, select: { sourceDocumentId: true, targetDocumentId: true } })
    const documentId = side === 'source' ? alignment.sourceDocumentId : alignment.targetDocumentId
    const revisions = await tx.paragraphRevision.findMany({
      where: { paragraph: { documentId, position } },
      orderBy: { id: 'desc' },
      take: 100,
      select: { id: true, before: true, after: true, createdAt: true, userId: true },
    })
    const users = await tx.user.findMany({ where: { id: { in: revisions.flatMap((r) => (r.userId ? [r.userId] : [])) } }, select: { id: true, name: true } })
    const names = new Map(users.map((u) => [u.id, u.name]))
    return revisions.map(({ userId: author, ...revision }) => ({ ...revision, author: author ? (names.get(author) ?? null) : null }))
  })
}
