// A stored alignment as the formats module's export input: both documents' paragraphs,
// every bead with its state, comment threads and annotations, in one consistent read.
import packageJson from '../../package.json'
import { requireAlignmentAccess } from '../access'
import { db, oneSnapshot } from '../db'
import type { ExportAnnotation, ExportBead, ExportComment, ExportInput } from '../formats/types'

export async function getExportInput({ userId, alignmentId }: { userId: string; alignmentId: number }): Promise<ExportInput> {
  return db.$transaction(
    async (tx) => {
      await requireAlignmentAccess(tx, { userId, alignmentId, action: 'export' })
      const paragraphs = { orderBy: { position: 'asc' }, select: { id: true, text: true } } as const
      const alignment = await tx.alignment.findUniqueOrThrow({
        where: { id: alignmentId },
        select: {
          id: true,
          title: true,
          createdAt: true,
          sourceDocument: { select: { language: true, paragraphs } },
          targetDocument: { select: { language: true, paragraphs } },
          beads: {
            orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }],
            select: { id: true, srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true, confidence: true, origin: true, isConfirmed: true, reviewStatus: true },
          },
        },
      })
      // A deleted comment is not exported, nor are the replies of a deleted thread.
      const comments = await tx.comment.findMany({
        where: { alignmentId, deletedAt: null },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, beadId: true, parentId: true, authorId: true, body: true, createdAt: true, resolvedAt: true },
      })
      const annotations = await tx.annotation.findMany({
        where: { alignmentId },
        orderBy: { id: 'asc' },
        select: { id: true, paragraphId: true, side: true, start: true, end: true, quote: true, category: true, severity: true, note: true, status: true },
      })
      const authorIds = [...new Set(comments.map((comment) => comment.authorId))]
      const authors = new Map(
        (await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]),
      )

      const source = alignment.sourceDocument.paragraphs
      const target = alignment.targetDocument.paragraphs
      const beads = alignment.beads.map(
        (bead, i): ExportBead => ({
          id: String(bead.id),
          index: i + 1,
          source: source.slice(bead.srcStart, bead.srcEnd).map((paragraph, k) => ({ number: bead.srcStart + k + 1, text: paragraph.text })),
          target: target.slice(bead.tgtStart, bead.tgtEnd).map((paragraph, k) => ({ number: bead.tgtStart + k + 1, text: paragraph.text })),
          confidence: bead.confidence,
          origin: bead.origin,
          isConfirmed: bead.isConfirmed,
          reviewStatus: bead.reviewStatus,
          comments: [],
          annotations: [],
        }),
      )
      const beadsById = new Map(alignment.beads.map((bead, i) => [bead.id, beads[i]!]))

      const threads = new Map<number, ExportComment>()
      for (const comment of comments) {
        const author = authors.get(comment.authorId) ?? 'Unknown'
        if (comment.parentId === null) {
          const thread = { id: String(comment.id), author, body: comment.body, createdAt: comment.createdAt, isResolved: comment.resolvedAt !== null, replies: [] }
          threads.set(comment.id, thread)
          beadsById.get(comment.beadId)?.comments.push(thread)
        } else {
          threads.get(comment.parentId)?.replies.push({ id: String(comment.id), author, body: comment.body, createdAt: comment.createdAt })
        }
      }

      // An annotation belongs to the bead that holds its paragraph on its side.
      const holders = { SOURCE: beadHolders(source, alignment.beads, 'src', beads), TARGET: beadHolders(target, alignment.beads, 'tgt', beads) }
      for (const annotation of annotations) {
        const held = holders[annotation.side].get(annotation.paragraphId)
        if (!held) continue
        const { id, paragraphId: _paragraphId, ...fields } = annotation
        held.bead.annotations.push({ id: String(id), paragraphNumber: held.number, ...fields } satisfies ExportAnnotation)
      }
      // In reading order: the original's before the translation's, then by paragraph and offset.
      for (const bead of beads) bead.annotations.sort((a, b) => a.side.localeCompare(b.side) || a.paragraphNumber - b.paragraphNumber || a.start - b.start || a.end - b.end)

      return {
        id: String(alignment.id),
        title: alignment.title,
        sourceLang: alignment.sourceDocument.language,
        targetLang: alignment.targetDocument.language,
        createdAt: alignment.createdAt,
        toolVersion: packageJson.version,
        beads,
      }
    },
    oneSnapshot({ timeout: 120_000, maxWait: 60_000 }),
  )
}

type BeadRow = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }

/** Paragraph id → the bead holding it on one side and its 1-based number. */
function beadHolders(paragraphs: { id: number }[], rows: BeadRow[], side: 'src' | 'tgt', beads: ExportBead[]) {
  const holders = new Map<number, { bead: ExportBead; number: number }>()
  rows.forEach((row, i) => {
    for (let position = row[`${side}Start`]; position < row[`${side}End`]; position++) {
      const paragraph = paragraphs[position]
      if (paragraph) holders.set(paragraph.id, { bead: beads[i]!, number: position + 1 })
    }
  })
  return holders
}
