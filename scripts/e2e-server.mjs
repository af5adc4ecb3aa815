#!/usr/bin/env node
// The server the Playwright suite runs against: a fresh database (a temporary PGlite
// directory, or DATABASE_URL when it names a PostgreSQL server), migrations, the sample data
// and demo accounts, then `next start` on E2E_PORT. Requires a finished `next build`.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isPostgresUrl } from '../lib/pglite-lock.mjs'
import { deployMigrations } from './prisma-wasm.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = process.env.E2E_PORT || '3200'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TANDEM_DEMO: '1', PORT: port, TANDEM_URL: `http://127.0.0.1:${port}` }
if (!isPostgresUrl(env.DATABASE_URL)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-'))
  env.TANDEM_DATA_DIR = path.join(dir, 'data')
  env.TANDEM_SECRET_DIR = dir
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
}
Object.assign(process.env, env)
if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npx next build` first (scripts/validate.mjs does).')
  process.exit(1)
}
await deployMigrations()
const seed = spawnSync(process.execPath, ['--import', 'tsx', 'prisma/seed.ts'], { cwd: ROOT, env, stdio: 'inherit' })
if (seed.status !== 0) process.exit(seed.status ?? 1)
const server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', port, '-H', '127.0.0.1'], { cwd: ROOT, env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
