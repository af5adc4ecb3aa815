#!/usr/bin/env node
// Runs the integration tests (*.int.test.ts) against each real database in turn:
//   pglite    a fresh embedded data directory in a temporary folder
//   postgres  a fresh PostgreSQL server on loopback (scripts/postgres-server.mjs)
// Usage: node scripts/test-integration.mjs [pglite|postgres ...] [-- vitest args]
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startPostgres } from './postgres-server.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const split = argv.indexOf('--')
const targets = (split >= 0 ? argv.slice(0, split) : argv).filter(Boolean)
const vitestArgs = split >= 0 ? argv.slice(split + 1) : []
const databases = targets.length ? targets : ['pglite', 'postgres']

let failed = false
for (const database of databases) {
  const env = { ...process.env, TANDEM_TEST_DB: database, TANDEM_DISABLE_RATE_LIMIT: '1' }
  delete env.DATABASE_URL
  let cleanup = () => {}
  if (database === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-pglite-'))
    env.TANDEM_DATA_DIR = path.join(dir, 'data')
    env.TANDEM_SECRET_DIR = dir
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
  } else if (database === 'postgres') {
    const server = await startPostgres()
    env.DATABASE_URL = server.url
    env.TANDEM_SECRET_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-secret-'))
    cleanup = () => server.stop()
  } else {
    console.error(`Unknown database "${database}": use pglite or postgres.`)
    process.exit(64)
  }
  console.log(`\n=== Integration tests on ${database} ===`)
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'scripts/vitest.config.mts', '--project', 'integration', ...vitestArgs],
    { stdio: 'inherit', env, cwd: ROOT },
  )
  cleanup()
  if (result.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
