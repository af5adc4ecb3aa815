import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DataDirectoryInUseError, lockDataDirectory } from './pglite-lock.mjs'

const ROOT = path.resolve(__dirname, '..')
const dirs: string[] = []
function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-lock-'))
  dirs.push(dir)
  return path.join(dir, 'data')
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function lockInChild(dataDir: string) {
  const script = `import(${JSON.stringify(path.join(ROOT, 'lib/pglite-lock.mjs'))}).then((m) => { m.lockDataDirectory(process.argv[1]); console.log('locked') }).catch((e) => { console.error(e.message); process.exit(3) })`
  return spawnSync(process.execPath, ['-e', script, dataDir], { encoding: 'utf8' })
}

describe('one process per embedded data directory', () => {
  it('refuses a second process with a message naming the owner and the way out', () => {
    const dataDir = tempDataDir()
    const release = lockDataDirectory(dataDir)
    const child = lockInChild(dataDir)
    expect(child.status).toBe(3)
    expect(child.stderr).toContain(`already in use by process ${process.pid}`)
    expect(child.stderr).toContain('TANDEM_DATA_DIR')
    release()
  })

  it('refuses the migration tool too while a server holds the directory', () => {
    const dataDir = tempDataDir()
    const release = lockDataDirectory(dataDir)
    const child = spawnSync(process.execPath, [path.join(ROOT, 'scripts/prisma-wasm.mjs'), 'status'], {
      encoding: 'utf8',
      env: { ...process.env, TANDEM_DATA_DIR: dataDir, DATABASE_URL: '' },
    })
    expect(child.status).toBe(1)
    expect(child.stderr).toContain('already in use')
    release()
  }, 30_000)

  it('lets the next process in once the owner released the lock or exited', () => {
    const dataDir = tempDataDir()
    lockDataDirectory(dataDir)()
    expect(lockInChild(dataDir).stdout).toContain('locked')
    // The child exited: its lock file is gone, so this process may take it.
    const release = lockDataDirectory(dataDir)
    release()
  })

  it('takes over a stale lock left by a killed process', () => {
    const dataDir = tempDataDir()
    fs.mkdirSync(dataDir, { recursive: true })
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)'])
    fs.writeFileSync(`${path.resolve(dataDir)}.lock`, JSON.stringify({ pid: dead.pid, startTime: null }))
    const release = lockDataDirectory(dataDir)
    expect(JSON.parse(fs.readFileSync(`${path.resolve(dataDir)}.lock`, 'utf8')).pid).toBe(process.pid)
    release()
  })

  // Regression: a restart right after `kill -9` found the dead server still "alive" as a zombie.
  it('treats a lock held by a zombie (killed, not yet reaped) as stale', async () => {
    const dataDir = tempDataDir()
    fs.mkdirSync(dataDir, { recursive: true })
    // The shell starts a short child, then execs into a long sleep that never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 5'])
    const zombiePid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (data) => resolve(String(data)))))
    try {
      await expect.poll(() => fs.readFileSync(`/proc/${zombiePid}/stat`, 'utf8').split(') ')[1]?.[0], { timeout: 3000 }).toBe('Z')
      fs.writeFileSync(`${path.resolve(dataDir)}.lock`, JSON.stringify({ pid: zombiePid, startTime: null }))
      const release = lockDataDirectory(dataDir)
      release()
    } finally {
      parent.kill()
    }
  })

  it('treats a lock whose pid was reused by another program as stale', () => {
    const dataDir = tempDataDir()
    fs.mkdirSync(dataDir, { recursive: true })
    // Our parent is alive, but its start time differs from the one recorded.
    fs.writeFileSync(`${path.resolve(dataDir)}.lock`, JSON.stringify({ pid: process.ppid, startTime: '1' }))
    const release = lockDataDirectory(dataDir)
    release()
  })

  it('is an error type callers can recognise', () => {
    const dataDir = tempDataDir()
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(`${path.resolve(dataDir)}.lock`, JSON.stringify({ pid: process.ppid, startTime: null }))
    expect(() => lockDataDirectory(dataDir)).toThrow(DataDirectoryInUseError)
  })
})
