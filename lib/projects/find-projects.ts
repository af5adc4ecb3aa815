import { db } from '../db'

/** The projects `userId` is a member of, with their alignments, newest first. */
export async function findProjects({ userId }: { userId: string }) {
  const projects = await db.project.findMany({
    where: { memberships: { some: { userId } } },
    orderBy: { id: 'desc' },
    select: {
      id: true,
      name: true,
      description: true,
      memberships: { where: { userId }, select: { role: true } },
      alignments: {
        orderBy: { id: 'desc' },
        select: {
          id: true,
          title: true,
          updatedAt: true,
          sourceDocument: { select: { language: true, _count: { select: { paragraphs: true } } } },
          targetDocument: { select: { language: true, _count: { select: { paragraphs: true } } } },
          _count: { select: { beads: true } },
        },
      },
    },
  })
  const confirmed = await db.bead.groupBy({
    by: ['alignmentId'],
    where: { isConfirmed: true, alignment: { project: { memberships: { some: { userId } } } } },
    _count: { _all: true },
  })
  const confirmedBy = new Map(confirmed.map((row) => [row.alignmentId, row._count._all]))
  return projects.map(({ memberships, alignments, ...project }) => ({
    ...project,
    role: memberships[0]!.role,
    alignments: alignments.map((a) => ({
      id: a.id,
      title: a.title,
      updatedAt: a.updatedAt,
      sourceLanguage: a.sourceDocument.language,
      targetLanguage: a.targetDocument.language,
      sourceParagraphs: a.sourceDocument._count.paragraphs,
      targetParagraphs: a.targetDocument._count.paragraphs,
      beads: a._count.beads,
      confirmedBeads: confirmedBy.get(a.id) ?? 0,
    })),
  }))
}
