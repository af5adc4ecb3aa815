// The load check: N simulated editors (autocannon connections, each signed in as its own
// editor account) work on one alignment as the editor page does (use-editor.ts): load the
// whole alignment (GET /view) on opening, poll the cheap edit state (GET /edits) every 5 s
// and reload when someone else changed it, send operations (confirm/unconfirm, merge, split,
// edit a paragraph's text, undo, redo) with the version of their copy and apply the patch
// each answer carries, and on a stale-version refusal (409) reload and try again. This runs
// against `next start` on loopback, for D seconds. Then:
//   1. the server is killed with SIGKILL (an unclean stop) and started again: the alignment
//      must hold every operation any editor was told succeeded;
//   2. the server is stopped, and the event log is replayed from the beads and texts the
//      alignment had before the load (scripts/load/replay.ts): it must arrive exactly at the
//      stored alignment, versions one after the other, every acknowledged operation in it
//      once (plus at most one per editor that was applied while its answer was cut off).
// Prints throughput, applied operations per second and latency (p50/p95/p99 per request
// kind: view, poll, write) with the machine's load average, and exits non-zero if any check
// fails or any request failed other than by the expected refusals (409 stale version, 400
// nothing to undo).
//
//   npm run load                                     # 50 editors, 60 s, PGlite then PostgreSQL
//   npm run load -- --duration 8                     # the short form the test command runs
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startPostgres } from '../postgres-server.mjs'
import { deployMigrations } from '../prisma-wasm.mjs'
import { applyPatch, type EditorModel, type ModelPatch } from '../../lib/editing/apply-patch'
import { compare, replay, type Bead, type LoggedEvent, type State } from './replay'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    databases: { type: 'string', default: 'pglite,postgres' },
    duration: { type: 'string', default: '60' },
    editors: { type: 'string', default: '50' },
    json: { type: 'string' },
    // A CPU profile of the server under load (node --cpu-prof), written to this directory when
    // the server stops; the server is then stopped with SIGTERM, so the kill -9 check is skipped.
    profile: { type: 'string' },
  },
})
const DURATION = Number(values.duration)
const EDITORS = Number(values.editors)
const PASSWORD = 'load test password'

type View = { version: number; beads: (Bead & { id: number })[]; target: { paragraphs: string[] } } & Omit<EditorModel<Bead & { id: number }>, 'version' | 'beads'>
type Op = Record<string, unknown> & { operation: string }

const log = (message: string) => console.log(`[load] ${message}`)

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

// ---------------------------------------------------------------------------------------
// Fixtures, written straight to the database before the server starts

async function prepare() {
  const { db, closeDb } = await import('../../lib/db')
  const { hashPassword } = await import('better-auth/crypto')
  const { createAlignment } = await import('../../lib/alignments/create-alignment')
  const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'prisma/samples/debian-handbook-ch7.json'), 'utf8')) as { source: string[]; target: string[] }
  // One scrypt hash for every account (same password): fifty hashes would take seconds.
  const hash = await hashPassword(PASSWORD)
  const users = Array.from({ length: EDITORS + 1 }, (_, k) => ({ id: `load-editor-${k}`, email: `editor-${k}@load.example`, name: `Editor ${k}` }))
  await db.user.createMany({ data: users })
  await db.account.createMany({ data: users.map((u) => ({ id: `load-account-${u.id}`, accountId: u.id, providerId: 'credential', userId: u.id, password: hash })) })
  const { id: alignmentId, projectId } = await createAlignment({
    userId: users[0]!.id,
    newProjectName: 'Load test',
    title: 'Debian handbook, chapter 7 (load test)',
    source: { text: sample.source.join('\n\n'), language: 'en' },
    target: { text: sample.target.join('\n\n'), language: 'de' },
  })
  await db.membership.createMany({ data: users.slice(1).map((u) => ({ projectId, userId: u.id, role: 'EDITOR' as const })) })
  await closeDb()
  return { alignmentId, emails: users.slice(1).map((u) => u.email) }
}

/**
 * A few operations by one editor before the clock starts, so that the measurement does not
 * include the server's first requests (route compilation, JIT, cold caches); then the state
 * the replay starts from, as the API shows it.
 */
async function warmUp(url: string, alignmentId: number, cookie: string): Promise<State> {
  const api = `${url}/api/alignments/${alignmentId}/edits`
  const read = async () => (await (await fetch(`${url}/api/alignments/${alignmentId}/view`, { headers: { cookie } })).json()) as View & { source: { paragraphs: string[] } }
  for (const operation of ['confirm-beads', 'undo', 'redo', 'undo']) {
    const view = await read()
    const body = operation === 'confirm-beads' ? { operation, expectedVersion: view.version, beadId: view.beads[0]!.id } : { operation, expectedVersion: view.version }
    const response = await fetch(api, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (!response.ok) throw new Error(`warm-up ${operation} failed: ${response.status} ${await response.text()}`)
  }
  const view = await read()
  return {
    version: view.version,
    beads: view.beads.map(({ srcStart, srcEnd, tgtStart, tgtEnd, isConfirmed, origin, reviewStatus }) => ({ srcStart, srcEnd, tgtStart, tgtEnd, isConfirmed, origin, reviewStatus })),
    texts: { source: view.source.paragraphs, target: view.target.paragraphs },
  }
}

async function readState(alignmentId: number): Promise<State> {
  const { db } = await import('../../lib/db')
  const row = await db.alignment.findUniqueOrThrow({
    where: { id: alignmentId },
    select: {
      version: true,
      beads: { orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true, isConfirmed: true, origin: true, reviewStatus: true } },
      sourceDocument: { select: { paragraphs: { orderBy: { position: 'asc' }, select: { text: true } } } },
      targetDocument: { select: { paragraphs: { orderBy: { position: 'asc' }, select: { text: true } } } },
    },
  })
  return {
    version: row.version,
    beads: row.beads,
    texts: { source: row.sourceDocument.paragraphs.map((p) => p.text), target: row.targetDocument.paragraphs.map((p) => p.text) },
  }
}

// ---------------------------------------------------------------------------------------
// The server

type Server = { child: ChildProcess; url: string; logFile: string }

async function startServer(port: number, env: NodeJS.ProcessEnv, logFile: string, profileDir?: string): Promise<Server> {
  const out = fs.openSync(logFile, 'a')
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : []
  const next = [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1']
  const child = spawn(process.execPath, [...profile, ...next], { cwd: ROOT, env, stdio: ['ignore', out, out] })
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}); see ${logFile}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url, logFile }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the server did not answer within 60 s; see ${logFile}`)
}

async function stop(server: Server, signal: 'SIGTERM' | 'SIGKILL') {
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill(signal)
  await exited
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`signing in ${email} failed: ${response.status} ${await response.text()}`)
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
}

// ---------------------------------------------------------------------------------------
// What an editor does next, from the view it just read

function chooseOperation(view: View, random: () => number, counter: number): Op {
  const beads = view.beads
  const any = <T>(items: T[]) => items[Math.floor(random() * items.length)]!
  const r = random()
  const base = { expectedVersion: view.version }
  if (r < 0.3 || beads.length < 2) {
    const bead = any(beads)
    return { ...base, operation: 'confirm-beads', beadId: bead.id, isConfirmed: !bead.isConfirmed }
  }
  if (r < 0.5) return { ...base, operation: 'merge-beads', beadId: any(beads.slice(0, -1)).id }
  if (r < 0.65) {
    const splittable = beads.filter((b) => b.srcEnd - b.srcStart >= 2 && b.tgtEnd - b.tgtStart >= 2)
    if (splittable.length) {
      const bead = any(splittable)
      return { ...base, operation: 'split-bead', beadId: bead.id, srcAt: bead.srcStart + 1, tgtAt: bead.tgtStart + 1 }
    }
    return { ...base, operation: 'merge-beads', beadId: any(beads.slice(0, -1)).id }
  }
  if (r < 0.77) return { ...base, operation: 'undo' }
  if (r < 0.82) return { ...base, operation: 'redo' }
  const position = Math.floor(random() * view.target.paragraphs.length)
  const text = view.target.paragraphs[position]!.replace(/ ·\d+$/, '')
  return { ...base, operation: 'edit-paragraph-text', side: 'target', position, text: `${text} ·${counter}` }
}

type Sample = { status: number; ms: number }
type Acknowledged = { version: number; operation: string }
/** What an editor's browser asks for: the whole alignment, the cheap edit state it polls, an operation. */
type Kind = 'view' | 'poll' | 'write'
const KINDS: Kind[] = ['view', 'poll', 'write']

/** How often an open editor polls the edit state (app/alignments/[id]/_components/use-editor.ts POLL_MS). */
const POLL_MS = 5_000

/** One editor's browser: its copy of the alignment and what it does next. */
type Editor = { view: View | null; mustReload: boolean; lastPoll: number; kind: Kind; sentAt: number; op?: Op; retries: number }

/**
 * Each autocannon connection is one editor's browser, doing what the editor page does
 * (use-editor.ts): it loads /view on opening; polls GET /edits every 5 s and reloads /view
 * when another editor changed the alignment; sends operations with the version of its copy
 * and applies the patch each answer carries (lib/editing/apply-patch.ts), without a reload;
 * on a stale-version refusal (409) it reloads /view and tries again with a fresh operation.
 */
async function runLoad(url: string, alignmentId: number, cookies: string[], seconds: number) {
  const acknowledged: Acknowledged[] = []
  const samples: Record<Kind, Sample[]> = { view: [], poll: [], write: [] }
  const statuses: Record<string, number> = {}
  let seed = 0x2545f491
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  let counter = 0
  let nextCookie = 0
  let retried = 0
  const editors = new Map<string, Editor>()
  const paths: Record<Kind, string> = { view: `/api/alignments/${alignmentId}/view`, poll: `/api/alignments/${alignmentId}/edits`, write: `/api/alignments/${alignmentId}/edits` }
  const result = await autocannon({
    url,
    connections: cookies.length,
    duration: seconds,
    timeout: 60,
    setupClient(client) {
      client.setHeaders({ cookie: cookies[nextCookie++ % cookies.length]!, 'content-type': 'application/json', accept: 'application/json' })
    },
    requests: [
      {
        method: 'GET',
        path: paths.view,
        setupRequest(request, context) {
          // autocannon clears `context` after every request of a one-request sequence: the
          // browser's state lives by connection (its session cookie names it).
          const cookie = String((request.headers as Record<string, string>).cookie)
          let editor = editors.get(cookie)
          if (!editor) editors.set(cookie, (editor = { view: null, mustReload: true, lastPoll: performance.now() - random() * POLL_MS, kind: 'view', sentAt: 0, retries: 0 }))
          context.editor = editor
          const now = performance.now()
          if (editor.mustReload || !editor.view) editor.kind = 'view'
          else if (now - editor.lastPoll >= POLL_MS) editor.kind = 'poll'
          else editor.kind = 'write'
          editor.sentAt = now
          if (editor.kind === 'poll') editor.lastPoll = now
          // A copy of the headers each time: autocannon writes Content-Length into the object
          // it is given, and a GET that kept a POST's length would hang the connection.
          const { 'Content-Length': _length, ...headers } = request.headers as Record<string, string>
          if (editor.kind !== 'write') return { ...request, headers, method: 'GET', path: paths[editor.kind], body: undefined }
          editor.op = chooseOperation(editor.view!, random, ++counter)
          return { ...request, headers, method: 'POST', path: paths.write, body: JSON.stringify(editor.op) }
        },
        onResponse(status, body, context) {
          const editor = context.editor as Editor
          samples[editor.kind].push({ status, ms: performance.now() - editor.sentAt })
          statuses[`${editor.kind} ${status}`] = (statuses[`${editor.kind} ${status}`] ?? 0) + 1
          if (editor.kind === 'view') {
            if (status === 200) {
              editor.view = JSON.parse(body) as View
              editor.mustReload = false
              editor.lastPoll = performance.now()
            }
          } else if (editor.kind === 'poll') {
            if (status === 200 && (JSON.parse(body) as { version: number }).version !== editor.view!.version) editor.mustReload = true
          } else if (status === 200) {
            const patch = JSON.parse(body) as ModelPatch<View['beads'][number]> & { version: number }
            const op = editor.op!
            // An operation that changed nothing keeps the version and writes no event.
            if (patch.version > (op.expectedVersion as number)) acknowledged.push({ version: patch.version, operation: op.operation })
            editor.view = applyPatch(editor.view! as View & EditorModel<View['beads'][number]>, patch)
            editor.retries = 0
          } else if (status === 409) {
            // Someone else changed the alignment first: reload, then a fresh operation.
            editor.mustReload = true
            editor.retries++
            retried++
          }
        },
      },
    ],
  })
  return { result, acknowledged, samples, statuses, retried }
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!)
}

// ---------------------------------------------------------------------------------------

async function runOn(database: 'pglite' | 'postgres') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-load-'))
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TANDEM_SECRET_DIR: dir, TANDEM_DISABLE_RATE_LIMIT: '1', TANDEM_SAMPLES: '0' }
  delete env.DATABASE_URL
  let postgres: { url: string; stop: () => void } | null = null
  if (database === 'postgres') {
    postgres = await startPostgres()
    env.DATABASE_URL = postgres.url
  } else {
    env.TANDEM_DATA_DIR = path.join(dir, 'pglite')
  }
  // lib/db.ts and the migrations read the environment when they connect.
  for (const key of ['DATABASE_URL', 'TANDEM_DATA_DIR', 'TANDEM_SECRET_DIR'] as const) {
    if (env[key] === undefined) delete process.env[key]
    else process.env[key] = env[key]
  }
  const problems: string[] = []
  try {
    await deployMigrations()
    const fixtures = await prepare()
    const port = await freePort()
    env.PORT = String(port)
    env.TANDEM_URL = `http://127.0.0.1:${port}`
    const logFile = path.join(dir, 'server.log')
    let server = await startServer(port, env, logFile, values.profile)
    const cookies: string[] = []
    for (const email of fixtures.emails) cookies.push(await signIn(server.url, email))
    const initial = await warmUp(server.url, fixtures.alignmentId, cookies[0]!)
    log(`${database}: ${EDITORS} editors on alignment ${fixtures.alignmentId} (${initial.beads.length} beads), ${DURATION} s`)

    // The same work by one editor first: what a request costs on this machine right now
    // (shared machines are noisy), to read the 50-editor figures against. Not in the short form.
    const baselineSeconds = DURATION >= 20 ? Math.round(DURATION / 6) : 0
    const baseline = baselineSeconds
      ? await runLoad(server.url, fixtures.alignmentId, cookies.slice(0, 1), baselineSeconds)
      : { acknowledged: [], statuses: {}, samples: { view: [], poll: [], write: [] }, result: { requests: { total: 0 } }, retried: 0 }
    const load = await runLoad(server.url, fixtures.alignmentId, cookies, DURATION)
    const { result, samples, statuses } = load
    const acknowledged = [...baseline.acknowledged, ...load.acknowledged]
    for (const [key, count] of Object.entries(baseline.statuses)) statuses[key] = (statuses[key] ?? 0) + count
    const lastAcknowledged = Math.max(initial.version, ...acknowledged.map((a) => a.version))

    // 1. Unclean stop: SIGKILL, start again, nothing acknowledged may be missing.
    await stop(server, values.profile ? 'SIGTERM' : 'SIGKILL')
    server = await startServer(port, env, logFile)
    const after = await fetch(`${server.url}/api/alignments/${fixtures.alignmentId}/view`, { headers: { cookie: cookies[0]! } })
    const afterView = (await after.json()) as View
    if (!(afterView.version >= lastAcknowledged)) problems.push(`after kill -9 and restart the alignment is at version ${afterView.version}, but version ${lastAcknowledged} was acknowledged`)
    await stop(server, 'SIGTERM')

    // 2. Replay the event log from the initial state and compare with what is stored.
    const { db, closeDb } = await import('../../lib/db')
    const events = (await db.event.findMany({
      where: { alignmentId: fixtures.alignmentId, version: { gt: initial.version } },
      orderBy: { id: 'asc' },
      select: { id: true, kind: true, version: true, revertsId: true, data: true },
    })) as LoggedEvent[]
    const stored = await readState(fixtures.alignmentId)
    await closeDb()
    if (stored.version !== afterView.version) problems.push(`the restarted server showed version ${afterView.version}, the database holds ${stored.version}`)
    try {
      problems.push(...compare(replay(initial, events), stored))
    } catch (error) {
      problems.push(`replay: ${(error as Error).message}`)
    }
    // Every acknowledged operation is in the log once; the log may hold a few more: writes
    // still in flight when the load stopped, applied but never answered (at most one per editor).
    const ackVersions = acknowledged.map((a) => a.version)
    const eventVersions = new Set(events.map((e) => e.version))
    if (new Set(ackVersions).size !== ackVersions.length) problems.push('two operations were acknowledged with the same version')
    const lost = ackVersions.filter((v) => !eventVersions.has(v))
    if (lost.length) problems.push(`${lost.length} acknowledged operations are not in the event log (versions ${lost.slice(0, 5).join(', ')})`)
    // A run in which nothing was applied or read would prove nothing.
    if (acknowledged.length === 0) problems.push('no operation was acknowledged: the check would prove nothing (is the server overloaded?)')
    if (samples.view.filter((r) => r.status === 200).length === 0) problems.push('no read succeeded')
    const unanswered = events.length - acknowledged.length
    if (unanswered < 0 || unanswered > EDITORS + 1) problems.push(`${acknowledged.length} operations were acknowledged, the event log holds ${events.length}`)
    const failed = Object.entries(statuses).filter(([key]) => !/^((view|poll) 200|write (200|400|409))$/.test(key))
    const transportErrors = result.errors + result.timeouts
    if (failed.length || transportErrors) problems.push(`unexpected answers: ${JSON.stringify(Object.fromEntries(failed))}, ${result.errors} errors, ${result.timeouts} timeouts`)

    const ms = (kind: Kind) => samples[kind].map((x) => x.ms)
    const all = KINDS.flatMap(ms)
    const spread = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) })
    const byOperation: Record<string, number> = {}
    for (const a of load.acknowledged) byOperation[a.operation] = (byOperation[a.operation] ?? 0) + 1
    const baselineAll = KINDS.flatMap((kind) => baseline.samples[kind].map((x) => x.ms))
    const perSecond = (count: number) => Math.round((count / DURATION) * 10) / 10
    const summary = {
      database,
      editors: EDITORS,
      seconds: DURATION,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.total / DURATION),
      perSecond: { view: perSecond(samples.view.length), poll: perSecond(samples.poll.length), write: perSecond(samples.write.length) },
      appliedPerSecond: perSecond(load.acknowledged.length),
      applied: load.acknowledged.length,
      applied_by_operation: byOperation,
      refusedStale: statuses['write 409'] ?? 0,
      refusedInvalid: statuses['write 400'] ?? 0,
      retriedAfterConflict: load.retried,
      latencyMs: { all: spread(all), view: spread(ms('view')), poll: spread(ms('poll')), write: spread(ms('write')) },
      baseline: {
        editors: 1,
        seconds: baselineSeconds,
        requestsPerSecond: baselineSeconds && Math.round(baseline.result.requests.total / baselineSeconds),
        appliedPerSecond: baselineSeconds && Math.round((baseline.acknowledged.length / baselineSeconds) * 10) / 10,
        latencyMs: { p50: percentile(baselineAll, 50), p95: percentile(baselineAll, 95) },
      },
      events: events.length,
      appliedUnanswered: unanswered,
      finalVersion: stored.version,
      problems,
    }
    log(JSON.stringify(summary))
    if (problems.length) {
      log(`${database}: FAILED\n  ${problems.join('\n  ')}\n  server log: ${logFile}`)
    } else {
      log(
        `${database}: ok: ${summary.requestsPerSecond} requests/s (${summary.perSecond.view} views/s, ${summary.perSecond.poll} polls/s, ${summary.perSecond.write} writes/s, ${summary.appliedPerSecond} applied/s), ` +
          `p95 view ${summary.latencyMs.view.p95} ms, p95 poll ${summary.latencyMs.poll.p95} ms, p95 write ${summary.latencyMs.write.p95} ms, load average ${summary.loadAverage.join(' ')}` +
          (baselineSeconds ? ` (one editor alone, same run: ${summary.baseline.requestsPerSecond} requests/s, p95 ${summary.baseline.latencyMs.p95} ms)` : '') +
          '; ' +
          `${events.length} events replay to the stored alignment; survived kill -9`,
      )
    }
    return summary
  } finally {
    postgres?.stop()
    if (!problems.length) fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npx next build` first.')
  const databases = values.databases.split(',').map((d) => d.trim()) as ('pglite' | 'postgres')[]
  const summaries = []
  for (const database of databases) {
    if (database !== 'pglite' && database !== 'postgres') throw new Error(`unknown database ${database}`)
    summaries.push(await runOn(database))
  }
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(summaries, null, 2)}\n`)
  const failed = summaries.filter((s) => s.problems.length)
  log(failed.length ? `FAILED on ${failed.map((s) => s.database).join(', ')}` : `passed on ${databases.join(', ')}`)
  process.exit(failed.length ? 1 : 0)
}

main().catch((error) => {
  console.error(`[load] ${error instanceof Error ? (error.stack ?? error.message) : error}`)
  process.exit(1)
})
