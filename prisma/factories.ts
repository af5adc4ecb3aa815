// Row factories shared by the integration tests (and usable by scripts): each call makes
// fresh, uniquely named rows, so tests never depend on each other's data.
import crypto from 'node:crypto'
import { db } from '../lib/db'
import type { Role } from '../lib/generated/prisma/enums'
import { createAlignmentSchema, insertAlignment } from '../lib/alignments/create-alignment'
import { insertProject } from '../lib/projects/create-project'
import { insertUser } from '../lib/users/create-user'

export const TEST_PASSWORD = 'correct horse battery'

export async function makeUser(overrides: { name?: string; email?: string; isAdmin?: boolean } = {}) {
  const tag = crypto.randomBytes(5).toString('hex')
  return db.$transaction((tx) =>
    insertUser(
      tx,
      {
        email: overrides.email ?? `user-${tag}@test.example`,
        name: overrides.name ?? `User ${tag}`,
        password: TEST_PASSWORD,
        isAdmin: overrides.isAdmin ?? false,
      },
      null,
    ),
  )
}

export async function makeProject(ownerId: string, name = `Project ${crypto.randomBytes(4).toString('hex')}`) {
  return db.$transaction((tx) => insertProject(tx, { userId: ownerId, name, description: '' }))
}

export async function addMember(projectId: number, userId: string, role: Role) {
  await db.membership.create({ data: { projectId, userId, role } })
}

/** A project with one member per role. */
export async function makeTeam() {
  // One after the other: on PGlite transactions queue, and five scrypt hashes at once can
  // outwait Prisma's 2 s transaction start limit on a busy machine.
  const [owner, editor, reviewer, viewer, outsider] = [await makeUser(), await makeUser(), await makeUser(), await makeUser(), await makeUser()]
  const project = await makeProject(owner.id)
  await addMember(project.id, editor.id, 'EDITOR')
  await addMember(project.id, reviewer.id, 'REVIEWER')
  await addMember(project.id, viewer.id, 'VIEWER')
  return { project, owner, editor, reviewer, viewer, outsider }
}

/** Beads as [original paragraphs, translation paragraphs]; either side may be empty. */
export type PairSpec = [string[], string[]]

type AlignmentOptions = { projectId?: number; sourceLanguage?: string; targetLanguage?: string }

/** An alignment whose beads hold exactly the paragraphs given, in order, stored as the app stores one. */
export async function insertPairs(ownerId: string, pairs: PairSpec[], options: AlignmentOptions & { title: string; confidence: number }) {
  const projectId = options.projectId ?? (await makeProject(ownerId)).id
  const beads: { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number; confidence: number; reasons: unknown[] }[] = []
  let src = 0
  let tgt = 0
  for (const [s, t] of pairs) {
    beads.push({ srcStart: src, srcEnd: src + s.length, tgtStart: tgt, tgtEnd: tgt + t.length, confidence: options.confidence, reasons: [] })
    src += s.length
    tgt += t.length
  }
  const source = pairs.flatMap(([s]) => s)
  const target = pairs.flatMap(([, t]) => t)
  const data = createAlignmentSchema.parse({
    projectId,
    title: `${options.title} ${crypto.randomBytes(3).toString('hex')}`,
    source: { text: source.join('\n\n'), language: options.sourceLanguage ?? 'en' },
    target: { text: target.join('\n\n'), language: options.targetLanguage ?? 'de' },
  })
  const { id } = await db.$transaction((tx) => insertAlignment(tx, { userId: ownerId, projectId, data, source, target, beads, kind: 'alignment.created' }))
  return { id, projectId }
}

/**
 * An alignment with exactly the beads given as shapes ("1-1 2-1 0-1"): paragraphs are named
 * "S1", "S2", … and "T1", "T2", … so tests can see where each one went.
 */
export async function makeAlignment(ownerId: string, shapes: string, options: AlignmentOptions = {}) {
  let src = 0
  let tgt = 0
  const name = (prefix: string, from: number, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${from + i + 1}`)
  const pairs = shapes.split(' ').map((shape): PairSpec => {
    const [s, t] = shape.split('-').map(Number) as [number, number]
    const pair: PairSpec = [name('S', src, s), name('T', tgt, t)]
    src += s
    tgt += t
    return pair
  })
  const { id, projectId } = await insertPairs(ownerId, pairs, { ...options, title: 'Alignment', confidence: 0.8 })
  return { id, projectId, version: 1 }
}

/** The alignment as compact text: "S1|T1 S2,S3|T2 -|T3" and its version. */
export async function describeAlignment(alignmentId: number) {
  const alignment = await db.alignment.findUniqueOrThrow({
    where: { id: alignmentId },
    select: {
      version: true,
      sourceDocument: { select: { paragraphs: { orderBy: { position: 'asc' }, select: { text: true } } } },
      targetDocument: { select: { paragraphs: { orderBy: { position: 'asc' }, select: { text: true } } } },
      beads: { orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true, isConfirmed: true, origin: true, id: true } },
    },
  })
  const source = alignment.sourceDocument.paragraphs.map((p) => p.text)
  const target = alignment.targetDocument.paragraphs.map((p) => p.text)
  const side = (texts: string[], start: number, end: number) => (start === end ? '-' : texts.slice(start, end).join(','))
  return {
    version: alignment.version,
    beads: alignment.beads,
    text: alignment.beads.map((b) => `${side(source, b.srcStart, b.srcEnd)}|${side(target, b.tgtStart, b.tgtEnd)}`).join(' '),
  }
}

type CommentRow = { alignmentId: number; beadId: number; authorId: string; body: string; side?: 'SOURCE' | 'TARGET'; paragraphId: number; parentId?: number; isResolved?: boolean; isDeleted?: boolean; createdAt?: Date }

/**
 * A comment row as the review verbs will write it (a thread opener, or a reply with
 * `parentId`), for tests of what reads comments (exports) before those verbs exist.
 */
export async function makeComment({ side = 'TARGET', paragraphId, parentId, isResolved, isDeleted, createdAt, ...row }: CommentRow) {
  return db.comment.create({
    data: {
      ...row,
      anchorSide: side,
      anchorParagraphId: paragraphId,
      parentId: parentId ?? null,
      resolvedAt: isResolved ? new Date() : null,
      resolvedById: isResolved ? row.authorId : null,
      deletedAt: isDeleted ? new Date() : null,
      ...(createdAt ? { createdAt } : {}),
    },
    select: { id: true },
  })
}

type AnnotationRow = {
  alignmentId: number
  paragraphId: number
  side: 'SOURCE' | 'TARGET'
  start: number
  end: number
  authorId: string
  category?: 'MISTRANSLATION' | 'OMISSION' | 'ADDITION' | 'UNTRANSLATED' | 'TERMINOLOGY' | 'GRAMMAR' | 'SPELLING' | 'PUNCTUATION' | 'STYLE' | 'NUMBERS' | 'DATES' | 'UNITS' | 'NAMES' | 'OTHER'
  severity?: 'NEUTRAL' | 'MINOR' | 'MAJOR' | 'CRITICAL'
  note?: string
  status?: 'OPEN' | 'RESOLVED' | 'OUTDATED'
}

/** An annotation on a span of a paragraph (the quote is taken from its text), as the review verbs will write it. */
export async function makeAnnotation({ category = 'OTHER', severity = 'MINOR', ...row }: AnnotationRow) {
  const paragraph = await db.paragraph.findUniqueOrThrow({ where: { id: row.paragraphId }, select: { text: true } })
  return db.annotation.create({ data: { ...row, category, severity, quote: paragraph.text.slice(row.start, row.end) }, select: { id: true } })
}

/**
 * Deletes every project these users belong to, with everything in it: for test files whose
 * rows (real texts, such as the validation kit's samples) another file's query might find.
 */
export async function deleteProjectsOf(userIds: string[]) {
  await db.project.deleteMany({ where: { memberships: { some: { userId: { in: userIds } } } } })
}
