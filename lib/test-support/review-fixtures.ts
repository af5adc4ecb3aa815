// Fixtures for the review integration tests and benchmarks: alignments with chosen texts and
// beads, a team with one member per role.
import { addMember, insertPairs, makeProject, makeUser, type PairSpec } from '../../prisma/factories'
import { db } from '../db'

export type { PairSpec }

export async function makeAlignmentOf(ownerId: string, pairs: PairSpec[], options: { projectId?: number; sourceLanguage?: string; targetLanguage?: string } = {}) {
  const { id, projectId } = await insertPairs(ownerId, pairs, { ...options, title: 'Review', confidence: 0.9 })
  const rows = await db.bead.findMany({ where: { alignmentId: id }, orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { id: true } })
  return { id, projectId, beadIds: rows.map((row) => row.id) }
}

/** A project with an owner, an editor, two reviewers and a viewer, and an outsider. */
export async function makeReviewTeam() {
  // One after the other: on PGlite transactions queue, and password hashing makes each slow.
  const [owner, editor, reviewer, secondReviewer, viewer, outsider] = [await makeUser(), await makeUser(), await makeUser(), await makeUser(), await makeUser(), await makeUser()]
  const project = await makeProject(owner.id)
  await addMember(project.id, editor.id, 'EDITOR')
  await addMember(project.id, reviewer.id, 'REVIEWER')
  await addMember(project.id, secondReviewer.id, 'REVIEWER')
  await addMember(project.id, viewer.id, 'VIEWER')
  return { project, owner, editor, reviewer, secondReviewer, viewer, outsider }
}

/** A review team and an alignment of their project with these beads. */
export async function makeReviewAlignment(pairs: PairSpec[]) {
  const team = await makeReviewTeam()
  const alignment = await makeAlignmentOf(team.owner.id, pairs, { projectId: team.project.id })
  return { ...team, alignment, alignmentId: alignment.id }
}

export async function eventsOf(alignmentId: number, kind: string) {
  return db.event.findMany({ where: { alignmentId, kind }, orderBy: { id: 'asc' }, select: { userId: true, data: true, version: true } })
}

/** The current version of the alignment (editing verbs need it). */
export async function versionOf(alignmentId: number): Promise<number> {
  return (await db.alignment.findUniqueOrThrow({ where: { id: alignmentId }, select: { version: true } })).version
}
