// How threads leave the data-access layer: plain objects, deleted comments without their
// text, names instead of ids for display.
import type { Tx } from '../db'
import { beadNumbers, beadsInOrder, namesOf, toSideName, type SideName } from '../reviews/review-context'

export type CommentView = {
  id: number
  authorId: string
  authorName: string
  /** Null once deleted (the thread keeps its place for the replies). */
  body: string | null
  isDeleted: boolean
  isEdited: boolean
  createdAt: string
}

export type ThreadView = {
  id: number
  beadId: number
  beadNumber: number
  anchor: { side: SideName; position: number; excerpt: string }
  isResolved: boolean
  resolvedAt: string | null
  resolvedByName: string | null
  /** The first comment, then the replies, oldest first; deleted replies are left out. */
  comments: CommentView[]
}

export const commentSelect = {
  id: true,
  beadId: true,
  parentId: true,
  authorId: true,
  body: true,
  createdAt: true,
  deletedAt: true,
  resolvedAt: true,
  resolvedById: true,
  anchorSide: true,
  anchorParagraph: { select: { position: true, text: true } },
} as const

type CommentRow = {
  id: number
  beadId: number
  parentId: number | null
  authorId: string
  body: string
  createdAt: Date
  deletedAt: Date | null
  resolvedAt: Date | null
  resolvedById: string | null
  anchorSide: 'SOURCE' | 'TARGET'
  anchorParagraph: { position: number; text: string }
}

const EXCERPT_CHARS = 160

function excerpt(text: string): string {
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`
}

/** Groups comment rows into threads; threads whose every comment is deleted disappear. */
export async function toThreadViews(tx: Tx, alignmentId: number, rows: CommentRow[]): Promise<ThreadView[]> {
  const numbers = beadNumbers(await beadsInOrder(tx, alignmentId))
  const names = await namesOf(tx, rows.flatMap((row) => [row.authorId, row.resolvedById]))
  // updatedAt also moves when a thread is resolved, so edits are read from the event log.
  const edits = await tx.event.findMany({ where: { alignmentId, kind: 'comment.edited' }, select: { data: true } })
  const edited = new Set(edits.map((event) => (event.data as { commentId?: number }).commentId))
  const byThread = new Map<number, CommentRow[]>()
  for (const row of rows) {
    const threadId = row.parentId ?? row.id
    byThread.set(threadId, [...(byThread.get(threadId) ?? []), row])
  }
  const threads: ThreadView[] = []
  for (const [threadId, comments] of byThread) {
    const root = comments.find((row) => row.id === threadId)
    if (!root) continue
    const visible = comments
      .filter((row) => row.id === threadId || !row.deletedAt)
      .sort((a, b) => (a.id === threadId ? -1 : b.id === threadId ? 1 : a.id - b.id))
    if (visible.every((row) => row.deletedAt)) continue
    threads.push({
      id: threadId,
      beadId: root.beadId,
      beadNumber: numbers.get(root.beadId) ?? 0,
      anchor: { side: toSideName(root.anchorSide), position: root.anchorParagraph.position, excerpt: excerpt(root.anchorParagraph.text) },
      isResolved: root.resolvedAt !== null,
      resolvedAt: root.resolvedAt?.toISOString() ?? null,
      resolvedByName: root.resolvedById ? (names.get(root.resolvedById) ?? null) : null,
      comments: visible.map((row) => ({
        id: row.id,
        authorId: row.authorId,
        authorName: names.get(row.authorId) ?? '—',
        body: row.deletedAt ? null : row.body,
        isDeleted: row.deletedAt !== null,
        isEdited: !row.deletedAt && edited.has(row.id),
        createdAt: row.createdAt.toISOString(),
      })),
    })
  }
  return threads.sort((a, b) => a.beadNumber - b.beadNumber || a.id - b.id)
}

/** One thread as the verbs return it after a change. */
export async function loadThread(tx: Tx, alignmentId: number, threadId: number): Promise<ThreadView | null> {
  const rows = await tx.comment.findMany({ where: { alignmentId, OR: [{ id: threadId }, { parentId: threadId }] }, select: commentSelect })
  return (await toThreadViews(tx, alignmentId, rows))[0] ?? null
}
