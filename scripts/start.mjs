#!/usr/bin/env node
// Starts Tandem: builds it when the sources changed, applies pending migrations, loads the
// sample data, then runs `next start` (or `next dev` with --dev) and prints the address.
//
// Each step that opens the embedded database runs in its own process, one after the other,
// and releases the data directory's lock before the next one takes it: one process per data
// directory at any time (lib/pglite-lock.mjs).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { dataDirectory, isPostgresUrl } from '../lib/pglite-lock.mjs'
import { deployMigrations } from './prisma-wasm.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(ROOT)
const { values: opts } = parseArgs({ options: { dev: { type: 'boolean' }, rebuild: { type: 'boolean' } } })
const port = process.env.PORT || '3000'
const host = process.env.TANDEM_HOST || '127.0.0.1'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: port }
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name)
const started = Date.now()
const say = (message) => console.log(`[tandem] ${message}`)

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

function needsBuild() {
  if (opts.rebuild) return true
  const buildId = path.join(ROOT, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  const sources = Math.max(newestMtime(path.join(ROOT, 'app')), newestMtime(path.join(ROOT, 'lib')), fs.statSync(path.join(ROOT, 'package-lock.json')).mtimeMs)
  return sources > built
}

function run(command, args, label) {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`[tandem] ${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status || 1)
  }
}

async function main() {
  const where = isPostgresUrl() ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${path.resolve(dataDirectory())}`
  say(`Database: ${where}`)
  if (!opts.dev && needsBuild()) {
    say('Building the web app (next build)…')
    run(bin('next'), ['build'], 'The build')
  }
  const applied = await deployMigrations()
  say(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date.')
  run(bin('tsx'), ['prisma/seed.ts'], 'Loading the sample data')

  const server = spawn(bin('next'), [opts.dev ? 'dev' : 'start', '-p', port, '-H', host], { stdio: ['inherit', 'pipe', 'inherit'], env })
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
  let announced = false
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk)
    if (!announced && /ready|started|Local:/i.test(String(chunk))) {
      announced = true
      void announce(url)
    }
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
}

async function announce(url) {
  // The first request opens the database and the sessions table: wait for it, so the URL
  // printed is one that answers at once.
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  say(`Tandem is running at ${url} (ready in ${seconds} s). Stop it with Ctrl+C.`)
  if (process.env.TANDEM_DEMO === '1') {
    say('Demo accounts (password "tandem-demo"): ada@tandem.example (owner), erik@tandem.example (editor), rosa@tandem.example (reviewer), vic@tandem.example (viewer)')
  }
}

main().catch((error) => {
  console.error(`[tandem] ${error?.message ?? error}`)
  process.exit(1)
})
