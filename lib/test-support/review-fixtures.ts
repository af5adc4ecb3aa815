// Fixtures for the review integration tests and benchmarks: alignments with chosen texts and
// beads, a team with one member per role.
import crypto from 'node:crypto'
import { addMember, makeProject, makeUser } from '../../prisma/factories'
import { createAlignmentSchema, insertAlignment } from '../alignments/create-alignment'
import { db } from '../db'

/** Beads as [original paragraphs, translation paragraphs]; either side may be empty. */
export type PairSpec = [string[], string[]]

export async function makeAlignmentOf(ownerId: string, pairs: PairSpec[], options: { projectId?: number; sourceLanguage?: string; targetLanguage?: string } = {}) {
  const projectId = options.projectId ?? (await makeProject(ownerId)).id
  const source = pairs.flatMap(([s]) => s)
  const target = pairs.flatMap(([, t]) => t)
  const beads: { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number; confidence: number; reasons: unknown[] }[] = []
  let src = 0
  let tgt = 0
  for (const [s, t] of pairs) {
    beads.push({ srcStart: src, srcEnd: src + s.length, tgtStart: tgt, tgtEnd: tgt + t.length, confidence: 0.9, reasons: [] })
    src += s.length
    tgt += t.length
  }
  const data = createAlignmentSchema.parse({
    projectId,
    title: `Review ${crypto.randomBytes(3).toString('hex')}`,
    source: { text: source.join('\n\n'), language: options.sourceLanguage ?? 'en' },
    target: { text: target.join('\n\n'), language: options.targetLanguage ?? 'de' },
  })
  const { id } = await db.$transaction((tx) => insertAlignment(tx, { userId: ownerId, projectId, data, source, target, beads, kind: 'alignment.created' }))
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
