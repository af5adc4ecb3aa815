#!/usr/bin/env node
// Runs the security end-to-end specs (e2e/security-*.spec.ts: imported payloads, headers,
// cross-site requests) against a server on a fresh PostgreSQL database, so that they pass on
// both databases (the main e2e run uses the embedded one). Needs a finished `next build`.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startPostgres } from '../postgres-server.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const server = await startPostgres()
const result = spawnSync(path.join(ROOT, 'node_modules/.bin/playwright'), ['test', '-c', 'e2e/playwright.config.ts', 'e2e/security-'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: server.url, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
})
server.stop()
process.exit(result.status ?? 1)
