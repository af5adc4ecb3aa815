// Faults, on PGlite and on PostgreSQL: a process killed (SIGKILL) in the middle of a
// re-alignment or with a transaction open leaves the database as it was before that
// transaction, with everything committed earlier intact and the embedded data directory's
// lock recovered; a database error in the middle of an operation gives the user a clear
// message, and keeps what was saved before. (SIGKILL during an import:
// kill-during-import.int.test.ts.)
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAlignment } from '../lib/alignments/create-alignment'
import { confirmBeads } from '../lib/beads/confirm-beads'
import { mergeBeads } from '../lib/beads/merge-beads'
import { closeDb, db } from '../lib/db'
import { toErrorBody } from '../lib/errors'
import { dataDirectory, isPostgresUrl } from '../lib/pglite-lock.mjs'
import { describeAlignment, makeAlignment, makeProject, makeUser } from './factories'

const ROOT = path.resolve(__dirname, '..')
const isPglite = !isPostgresUrl()

/** Runs scripts/testing/fault-child.ts and SIGKILLs it as soon as it says it paused mid-transaction. */
async function killWhenPaused(args: string[]): Promise<{ lines: object[] }> {
  // The child must own the embedded data directory.
  await closeDb()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/testing/fault-child.ts', ...args], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] })
  const lines: object[] = []
  await new Promise<void>((resolve, reject) => {
    let buffered = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const complete = buffered.split('\n')
      buffered = complete.pop()!
      for (const line of complete) {
        const message = JSON.parse(line) as { paused?: unknown }
        lines.push(message)
        if (message.paused) child.kill('SIGKILL')
      }
    })
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the child finished (exit ${code}) without pausing mid-transaction: ${JSON.stringify(lines)}`))))
  })
  return { lines }
}

const beadRows = (alignmentId: number) =>
  db.bead.findMany({ where: { alignmentId }, orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { id: true, srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true, isConfirmed: true, origin: true } })

describe('SIGKILL during a re-alignment', () => {
  it('leaves the beads, the version and the event log exactly as before, and the alignment editable', async () => {
    const owner = await makeUser()
    // 450 paragraphs a side in deliberately wrong 2-1 / 1-2 beads: the aligner replaces them all.
    const alignment = await makeAlignment(owner.id, Array.from({ length: 150 }, () => '2-1 1-2').join(' '))
    await confirmBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, beadId: (await describeAlignment(alignment.id)).beads[0]!.id })
    const before = { beads: await beadRows(alignment.id), version: 2, events: await db.event.count({ where: { alignmentId: alignment.id } }) }

    const { lines } = await killWhenPaused(['realign', owner.id, String(alignment.id), '2'])
    expect(lines).toContainEqual({ paused: { model: 'Bead', operation: 'deleteMany' } })

    expect(await beadRows(alignment.id)).toEqual(before.beads)
    expect((await describeAlignment(alignment.id)).version).toBe(before.version)
    expect(await db.event.count({ where: { alignmentId: alignment.id } })).toBe(before.events)
    expect(await db.event.count({ where: { alignmentId: alignment.id, kind: 'alignment.realigned' } })).toBe(0)
    // The confirmed edit made before the crash is still there, and work goes on.
    expect(before.beads[0]!.isConfirmed).toBe(true)
    const patch = await mergeBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 2, beadId: before.beads[1]!.id })
    expect(patch.version).toBe(3)
  }, 120_000)
})

describe('an unclean stop (kill -9) with a transaction open', () => {
  it('keeps what was committed, drops what was not, and the next process opens the data directory', async () => {
    const owner = await makeUser()
    const { lines } = await killWhenPaused(['hold', owner.id])
    expect(lines).toContainEqual({ committed: true })
    if (isPglite) {
      // The killed process's lock is still there; the next open recognises it as stale.
      const lock = JSON.parse(fs.readFileSync(`${path.resolve(dataDirectory())}.lock`, 'utf8')) as { pid: number }
      expect(() => process.kill(lock.pid, 0)).toThrow()
    }
    const names = (await db.project.findMany({ where: { memberships: { some: { userId: owner.id } } }, select: { name: true } })).map((p) => p.name)
    expect(names).toEqual(['Committed before the crash'])
    if (isPglite) expect(JSON.parse(fs.readFileSync(`${path.resolve(dataDirectory())}.lock`, 'utf8')).pid).toBe(process.pid)
    // Fully usable: a write and a read after recovery.
    const project = await makeProject(owner.id, 'After the crash')
    expect(await db.project.count({ where: { id: project.id } })).toBe(1)
  }, 120_000)
})

describe('a database error in the middle of an operation', () => {
  // A trigger makes the database refuse one write deep inside the operation, the way a full
  // disk, a lost connection or a constraint bug would.
  async function failWritesTo(table: 'Event' | 'Document', condition: string) {
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION tandem_test_fault() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$ LANGUAGE plpgsql`)
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS tandem_test_fault ON "${table}"`)
    await db.$executeRawUnsafe(`CREATE TRIGGER tandem_test_fault BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (${condition}) EXECUTE FUNCTION tandem_test_fault()`)
  }
  afterEach(async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS tandem_test_fault ON "Event"`)
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS tandem_test_fault ON "Document"`)
  })

  it('an edit whose event row fails: a clear message, nothing of the edit stored, earlier edits kept, and the same edit works afterwards', async () => {
    const owner = await makeUser()
    const alignment = await makeAlignment(owner.id, '1-1 1-1 1-1')
    const ids = (await describeAlignment(alignment.id)).beads.map((b) => b.id)
    await mergeBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, beadId: ids[0]! })
    const saved = await describeAlignment(alignment.id)

    await failWritesTo('Event', `NEW."alignmentId" = ${alignment.id}`)
    const error = await mergeBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 2, beadId: saved.beads[0]!.id }).then(
      () => null,
      (caught: unknown) => caught,
    )
    const body = toErrorBody(error)
    expect(body).toEqual({ code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was changed; please try again.' })
    // The merge had already rewritten the beads and the version inside its transaction: all undone.
    expect(await describeAlignment(alignment.id)).toEqual(saved)
    expect(saved.text).toBe('S1,S2|T1,T2 S3|T3')

    await db.$executeRawUnsafe(`DROP TRIGGER tandem_test_fault ON "Event"`)
    const patch = await mergeBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 2, beadId: saved.beads[0]!.id })
    expect(patch.version).toBe(3)
    expect((await describeAlignment(alignment.id)).text).toBe('S1,S2,S3|T1,T2,T3')
  })

  it('an import that fails after the original is written stores no document, paragraph, alignment or event', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    // The original and its paragraphs are written; the translation's document row fails.
    await failWritesTo('Document', `NEW."kind" = 'TRANSLATION' AND NEW."projectId" = ${project.id}`)
    const error = await createAlignment({
      userId: owner.id,
      projectId: project.id,
      title: 'Fails half-way',
      source: { text: Array.from({ length: 50 }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n'), language: 'en' },
      target: { text: Array.from({ length: 50 }, (_, i) => `Absatz ${i + 1}.`).join('\n\n'), language: 'de' },
    }).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(toErrorBody(error).code).toBe('INTERNAL')
    expect(await db.document.count({ where: { projectId: project.id } })).toBe(0)
    expect(await db.paragraph.count({ where: { document: { projectId: project.id } } })).toBe(0)
    expect(await db.alignment.count({ where: { projectId: project.id } })).toBe(0)
    expect(await db.event.count({ where: { projectId: project.id } })).toBe(1) // project.created only
  }, 120_000)
})
