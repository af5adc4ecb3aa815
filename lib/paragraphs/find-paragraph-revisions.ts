import { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { wordDiff, type WordDiffPart } from '../editing/word-diff'
import { parseInput } from '../validation/common'
import { editTargetSchema, positionSchema, sideSchema } from '../beads/edit-input'

export const findParagraphRevisionsSchema = editTargetSchema.pick({ alignmentId: true }).extend({ side: sideSchema, position: positionSchema })

/** How many revisions the history shows (newest first); older ones stay in the database. */
export const MAX_REVISIONS = 100

export type ParagraphRevisionView = {
  id: number
  before: string
  after: string
  createdAt: Date
  author: string | null
  /** The revision as a word diff of `before` and `after`, in the paragraph's language. */
  diff: WordDiffPart[]
}

/** A paragraph's wording history, newest first: each revision's text before and after, as a word diff, who and when. */
export async function findParagraphRevisions({ userId, ...input }: z.input<typeof findParagraphRevisionsSchema> & { userId: string }): Promise<ParagraphRevisionView[]> {
  const { alignmentId, side, position } = parseInput(findParagraphRevisionsSchema, input)
  return db.$transaction(async (tx) => {
    await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    const alignment = await tx.alignment.findUniqueOrThrow({
      where: { id: alignmentId },
      select: { sourceDocument: { select: { id: true, language: true } }, targetDocument: { select: { id: true, language: true } } },
    })
    const document = side === 'source' ? alignment.sourceDocument : alignment.targetDocument
    const revisions = await tx.paragraphRevision.findMany({
      where: { paragraph: { documentId: document.id, position } },
      orderBy: { id: 'desc' },
      take: MAX_REVISIONS,
      select: { id: true, before: true, after: true, createdAt: true, userId: true },
    })
    const users = await tx.user.findMany({ where: { id: { in: revisions.flatMap((r) => (r.userId ? [r.userId] : [])) } }, select: { id: true, name: true } })
    const names = new Map(users.map((u) => [u.id, u.name]))
    return revisions.map(({ userId: author, ...revision }) => ({
      ...revision,
      author: author ? (names.get(author) ?? null) : null,
      diff: wordDiff(revision.before, revision.after, document.language),
    }))
  })
}
