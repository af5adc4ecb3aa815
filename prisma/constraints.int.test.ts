// The invariants the migrations enforce beyond Prisma's schema (CHECK constraints and the
// deferred annotation-span trigger), proven against the real database.
import { beforeAll, describe, expect, it } from 'vitest'
import { createAlignment } from '../lib/alignments/create-alignment'
import { db } from '../lib/db'
import { makeProject, makeUser } from './factories'

let alignmentId: number
let userId: string
let paragraph: { id: number; text: string }

beforeAll(async () => {
  const user = await makeUser()
  userId = user.id
  const project = await makeProject(user.id)
  ;({ id: alignmentId } = await createAlignment({
    userId,
    projectId: project.id,
    title: 'Constraints',
    source: { text: 'Emoji 😀 here.\n\nSecond.', language: 'en' },
    target: { text: 'Emoji 😀 hier.\n\nZweiter.', language: 'de' },
  }))
  paragraph = await db.paragraph.findFirstOrThrow({
    where: { document: { sourceAlignments: { some: { id: alignmentId } } }, position: 0 },
    select: { id: true, text: true },
  })
})

const bead = (ranges: { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }, confidence = 0.5) =>
  db.bead.create({ data: { alignmentId, ...ranges, confidence } })

const annotation = (start: number, end: number) =>
  db.annotation.create({
    data: { alignmentId, paragraphId: paragraph.id, side: 'SOURCE', start, end, quote: paragraph.text.slice(start, end), category: 'SPELLING', severity: 'MINOR', authorId: userId },
  })

describe('database invariants', () => {
  it.each([
    ['an inverted source range', { srcStart: 5, srcEnd: 4, tgtStart: 10, tgtEnd: 11 }],
    ['a negative start', { srcStart: -1, srcEnd: 0, tgtStart: 10, tgtEnd: 11 }],
    ['a bead empty on both sides', { srcStart: 7, srcEnd: 7, tgtStart: 12, tgtEnd: 12 }],
  ])('refuses %s', async (_name, ranges) => {
    await expect(bead(ranges)).rejects.toThrow()
  })

  it('refuses a confidence outside [0, 1]', async () => {
    await expect(bead({ srcStart: 20, srcEnd: 21, tgtStart: 20, tgtEnd: 21 }, 1.01)).rejects.toThrow()
  })

  it('accepts a one-sided bead', async () => {
    const created = await bead({ srcStart: 30, srcEnd: 30, tgtStart: 30, tgtEnd: 31 })
    await db.bead.delete({ where: { id: created.id } })
  })

  it('refuses an alignment of a document with itself', async () => {
    const alignment = await db.alignment.findUniqueOrThrow({ where: { id: alignmentId }, select: { projectId: true, sourceDocumentId: true } })
    await expect(
      db.alignment.create({ data: { projectId: alignment.projectId, title: 'self', sourceDocumentId: alignment.sourceDocumentId, targetDocumentId: alignment.sourceDocumentId } }),
    ).rejects.toThrow()
  })

  it('accepts an annotation span up to the end of the text, counted in UTF-16 units', async () => {
    // "Emoji 😀 here." is 14 UTF-16 units (the emoji counts two) but 13 code points.
    expect(paragraph.text.length).toBe(14)
    const created = await annotation(6, 14)
    expect(created.quote).toBe('😀 here.')
    await db.annotation.delete({ where: { id: created.id } })
  })

  it('refuses an annotation span past the end of its paragraph', async () => {
    await expect(annotation(6, 15)).rejects.toThrow(/outside its paragraph/)
  })

  it('refuses an empty or inverted annotation span', async () => {
    await expect(annotation(3, 3)).rejects.toThrow()
  })

  it('refuses to shorten a paragraph under an annotation, but allows it when the annotation moves in the same transaction', async () => {
    const created = await annotation(0, 5)
    await expect(db.paragraph.update({ where: { id: paragraph.id }, data: { text: 'Emo' } })).rejects.toThrow(/outside its paragraph/)
    await db.$transaction(async (tx) => {
      await tx.paragraph.update({ where: { id: paragraph.id }, data: { text: 'Emo' } })
      await tx.annotation.update({ where: { id: created.id }, data: { start: 0, end: 3, status: 'OUTDATED' } })
    })
    await db.$transaction(async (tx) => {
      await tx.annotation.delete({ where: { id: created.id } })
      await tx.paragraph.update({ where: { id: paragraph.id }, data: { text: paragraph.text } })
    })
  })
})
