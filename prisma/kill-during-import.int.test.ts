// Killing the server (SIGKILL) in the middle of an import leaves no partial alignment: the
// import is one transaction, and both PGlite and PostgreSQL recover to the last commit.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeDb, db } from '../lib/db'
import { makeProject, makeUser } from './factories'

const ROOT = path.resolve(__dirname, '..')
const PARAGRAPHS = 12_000

describe('SIGKILL during an import', () => {
  it('leaves no document, paragraph, bead or alignment of it behind, and the database keeps working', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const before = await db.paragraph.count()
    // The child must own the embedded data directory while it imports.
    await closeDb()

    // `node --import tsx` rather than the tsx CLI, which would run the import in a grandchild
    // that the SIGKILL below would not reach.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/testing/import-child.ts', owner.id, String(project.id), 'Killed import', String(PARAGRAPHS)], {
      cwd: ROOT,
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const killedAt = await new Promise<{ stage: string; done: number; total: number }>((resolve, reject) => {
      let buffered = ''
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString()
        for (const line of buffered.split('\n').slice(0, -1)) {
          const progress = JSON.parse(line)
          // Some paragraphs are written inside the open transaction, but not all of them.
          if (progress.stage === 'save' && progress.done > 0 && progress.done < progress.total) {
            child.kill('SIGKILL')
            resolve(progress)
          }
        }
        buffered = buffered.slice(buffered.lastIndexOf('\n') + 1)
      })
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`the import finished (exit ${code}) before it could be killed`))
      })
    })
    await new Promise((resolve) => child.once('exit', resolve))
    expect(killedAt.done).toBeGreaterThan(0)

    expect(await db.alignment.count({ where: { projectId: project.id } })).toBe(0)
    expect(await db.document.count({ where: { projectId: project.id } })).toBe(0)
    expect(await db.paragraph.count()).toBe(before)
    expect(await db.event.count({ where: { projectId: project.id, kind: 'alignment.created' } })).toBe(0)
    // Still fully usable after the unclean stop.
    const user = await makeUser()
    expect(await db.user.count({ where: { id: user.id } })).toBe(1)
  }, 120_000)
})
