import { requireAlignmentAccess } from '../access'
import { undoInfo, type UndoInfo } from '../beads/edit-beads'
import { db } from '../db'
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
  /** Database ids of the paragraphs, in the same order (what comments and annotations anchor to). */
  paragraphIds: number[]
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

const documentSelect = {
  id: true,
  title: true,
  language: true,
  fileName: true,
  attribution: true,
  licence: true,
  paragraphs: { orderBy: { position: 'asc' }, select: { id: true, text: true } },
} as const

/** Everything the editor shows, in one consistent read (also what it reloads after a conflict). */
export async function getAlignmentView({ userId, alignmentId }: { userId: string; alignmentId: number }): Promise<AlignmentView> {
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
        beads: {
          orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }],
          select: {
            id: true,
            srcStart: true,
            srcEnd: true,
            tgtStart: true,
            tgtEnd: true,
            origin: true,
            confidence: true,
            reasons: true,
            isConfirmed: true,
            reviewStatus: true,
          },
        },
      },
    })
    const document = ({ paragraphs, ...rest }: typeof alignment.sourceDocument): DocumentView => ({
      ...rest,
      paragraphs: paragraphs.map((p) => p.text),
      paragraphIds: paragraphs.map((p) => p.id),
    })
    return {
      id: alignment.id,
      title: alignment.title,
      version: alignment.version,
      projectId: alignment.project.id,
      projectName: alignment.project.name,
      role: access.role,
      source: document(alignment.sourceDocument),
      target: document(alignment.targetDocument),
      beads: alignment.beads.map((bead) => ({ ...bead, reasons: bead.reasons as ViewReason[] })),
      ...(await undoInfo(tx, alignmentId)),
    }
  })
}
