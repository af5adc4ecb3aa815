// One process per embedded (PGlite) data directory.
//
// PGlite has no locking between processes: two processes writing the same directory corrupt
// it (seen with `next build` workers and with a script beside `next start`, see
// ../shared/reference/prisma-offline/README.md). Every process that opens a data directory
// takes this lock first; a second one gets a clear error instead of a corrupt database.
//
// The lock is a file beside the directory holding the owner's pid and, on Linux, the
// owner's start time (from /proc), so a stale lock left by a killed process is recognised
// even when its pid has since been reused by another program.
//
// Plain JavaScript so that both the TypeScript app and the .mjs scripts can import it.
import fs from 'node:fs'
import path from 'node:path'

export class DataDirectoryInUseError extends Error {
  constructor(dir, pid) {
    super(
      `The embedded database in ${dir} is already in use by process ${pid}. ` +
        `Only one Tandem process may open a data directory: stop that process first, ` +
        `or point this one at another directory with TANDEM_DATA_DIR.`,
    )
    this.name = 'DataDirectoryInUseError'
    this.pid = pid
  }
}

/** Fields 3 onwards of /proc/<pid>/stat, or null where /proc is unavailable. */
function processStat(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may contain spaces, so count from ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return null
  }
}

/** Start time of a process in clock ticks since boot (field 22), or null where /proc is unavailable. */
function processStartTime(pid) {
  return processStat(pid)?.[19] ?? null
}

function isAlive(pid, startTime) {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
  } catch (e) {
    if (e.code === 'ESRCH') return false
    // EPERM: the process exists but belongs to someone else.
  }
  const stat = processStat(pid)
  // Regression: a server killed with SIGKILL stays a zombie until its parent reaps it, and
  // kill(pid, 0) succeeds on zombies; a restart right after the kill was refused.
  if (stat?.[0] === 'Z' || stat?.[0] === 'X') return false
  if (startTime) {
    const now = stat?.[19] ?? null
    if (now !== null && now !== startTime) return false // the pid was reused
  }
  return true
}

const held = new Set()

/**
 * Takes the lock for `dir` (creating the directory) or throws DataDirectoryInUseError.
 * Returns a function that releases it; the lock is also released when the process exits.
 */
export function lockDataDirectory(dir) {
  const resolved = path.resolve(dir)
  const lockFile = `${resolved}.lock`
  if (held.has(lockFile)) return () => releaseLock(lockFile)
  fs.mkdirSync(resolved, { recursive: true })
  const mine = JSON.stringify({ pid: process.pid, startTime: processStartTime(process.pid) })
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lockFile, mine, { flag: 'wx' })
      break
    } catch (e) {
      if (e.code !== 'EEXIST' || attempt > 5) throw e
      let owner = { pid: NaN, startTime: null }
      try {
        owner = JSON.parse(fs.readFileSync(lockFile, 'utf8'))
      } catch {
        // Unreadable or half-written lock: treat as stale.
      }
      if (owner.pid === process.pid) break
      if (isAlive(owner.pid, owner.startTime)) throw new DataDirectoryInUseError(resolved, owner.pid)
      fs.rmSync(lockFile, { force: true })
    }
  }
  held.add(lockFile)
  return () => releaseLock(lockFile)
}

function releaseLock(lockFile) {
  if (!held.delete(lockFile)) return
  try {
    const owner = JSON.parse(fs.readFileSync(lockFile, 'utf8'))
    if (owner.pid === process.pid) fs.rmSync(lockFile, { force: true })
  } catch {
    // Already gone.
  }
}

process.on('exit', () => {
  for (const lockFile of [...held]) releaseLock(lockFile)
})

/** Where the embedded database lives: TANDEM_DATA_DIR, else .data/pglite. */
export function dataDirectory() {
  return process.env.TANDEM_DATA_DIR || path.join('.data', 'pglite')
}

/** True when DATABASE_URL names a PostgreSQL server. */
export function isPostgresUrl(url = process.env.DATABASE_URL ?? '') {
  return /^postgres(ql)?:\/\//.test(url)
}
