// The database client on both databases: what a transaction refused at commit does.
import { describe, expect, it } from 'vitest'
import { makeProject, makeUser } from '../prisma/factories'
import { createAlignment } from './alignments/create-alignment'
import { db } from './db'

describe('transactions', () => {
  // Regression: on PGlite, an error raised by a deferred constraint at COMMIT was swallowed
  // by the driver adapter; the transaction was rolled back but reported as committed.
  it('fail, and save nothing, when a deferred constraint refuses them at commit', async () => {
    const user = await makeUser()
    const project = await makeProject(user.id)
    const { id: alignmentId } = await createAlignment({ userId: user.id, projectId: project.id, title: 'Commit', source: { text: 'Short.', language: 'en' }, target: { text: 'Kurz.', language: 'de' } })
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { document: { sourceAlignments: { some: { id: alignmentId } } } }, select: { id: true } })
    await expect(
      db.$transaction(async (tx) => {
        await tx.project.update({ where: { id: project.id }, data: { description: 'changed inside the refused transaction' } })
        // Ends after the paragraph's 6 characters: the deferred span trigger refuses it at commit.
        await tx.annotation.create({ data: { alignmentId, paragraphId: paragraph.id, side: 'SOURCE', start: 0, end: 60, quote: 'x', category: 'STYLE', severity: 'MINOR', authorId: user.id } })
      }),
    ).rejects.toThrow(/outside its paragraph/)
    expect(await db.annotation.count({ where: { alignmentId } })).toBe(0)
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).description).toBe('')
    // The connection is usable afterwards.
    await db.$transaction(async (tx) => tx.project.update({ where: { id: project.id }, data: { description: 'next' } }))
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).description).toBe('next')
  })
})
