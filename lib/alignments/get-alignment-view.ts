import { requireAlignmentAccess } from '../access'
import { loadBeads, toBeadView } from '../beads/bead-store'
import { undoInfo, type UndoInfo } from '../beads/edit-beads'
import { db, oneSnapshot } from '../db'
import type { ReviewStatus, Role } from '../generated/prisma/enums'

export type ViewReason = { code: string; params: Record<string, string | number> }

export type BeadView = {
  id: number
  srcStart: number
  srcEnd: number
  tgtStart: number
  tgtEnd: number
  origin: 'AUTO' | 'MANUAL'
  confidence: number
  reasons: ViewReason[]
  isConfirmed: boolean
  reviewStatus: ReviewStatus
}

export type DocumentView = {
  id: number
  title: string
  language: string
  fileName: string | null
  attribution: string | null
  licence: string | null
  paragraphs: string[]
  /** Database ids of the paragraphs, in the same order (what comments and annotations anchor to; 0 while not loaded). */
  paragraphIds: number[]
  /** How many leading paragraphs have their text here (all of them, unless read with `textBeads`). */
  textsLoaded: number
}

export type AlignmentView = {
  id: number
  title: string
  version: number
  projectId: number
  projectName: string
  role: Role
  source: DocumentView
  target: DocumentView
  beads: BeadView[]
} & UndoInfo

const documentSelect = { id: true, title: true, language: true, fileName: true, attribution: true, licence: true } as const

/**
 * Everything the editor shows, in one consistent read (also what it reloads after a conflict).
 *
 * With `textBeads`, only the paragraphs of the first `textBeads` beads are read (the rest have
 * the text '' and the id 0, and `textsLoaded` says how many leading paragraphs are there): the
 * page draws its first screen from that at once and loads the full view right after. A
 * paragraph is never empty and no id is 0, so neither can be mistaken for a real one.
 */
export async function getAlignmentView({ userId, alignmentId, textBeads }: { userId: string; alignmentId: number; textBeads?: number }): Promise<AlignmentView> {
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'project.read' })
    const alignment = await tx.alignment.findUniqueOrThrow({
      where: { id: alignmentId },
      select: {
        id: true,
        title: true,
        version: true,
        project: { select: { id: true, name: true } },
        sourceDocument: { select: documentSelect },
        targetDocument: { select: documentSelect },
      },
    })
    const beads = (await loadBeads(tx, alignmentId)).map(toBeadView)
    const window = textBeads === undefined ? undefined : beads[Math.min(textBeads, beads.length) - 1]
    const document = async (doc: typeof alignment.sourceDocument, limit: number | undefined): Promise<DocumentView> => {
      const loaded = await tx.paragraph.findMany({
        where: { documentId: doc.id, ...(limit === undefined ? {} : { position: { lt: limit } }) },
        orderBy: { position: 'asc' },
        select: { id: true, text: true },
      })
      // The whole document read: its length is known (one query less per side on every full view).
      const count = limit === undefined ? loaded.length : await tx.paragraph.count({ where: { documentId: doc.id } })
      const pad = <T,>(values: T[], filler: T) => [...values, ...Array<T>(count - values.length).fill(filler)]
      return { ...doc, paragraphs: pad(loaded.map((p) => p.text), ''), paragraphIds: pad(loaded.map((p) => p.id), 0), textsLoaded: loaded.length }
    }
    return {
      id: alignment.id,
      title: alignment.title,
      version: alignment.version,
      projectId: alignment.project.id,
      projectName: alignment.project.name,
      role: access.role,
      source: await document(alignment.sourceDocument, textBeads === undefined ? undefined : (window?.srcEnd ?? 0)),
      target: await document(alignment.targetDocument, textBeads === undefined ? undefined : (window?.tgtEnd ?? 0)),
      beads,
      ...(await undoInfo(tx, alignmentId)),
    }
  }, oneSnapshot())
}
