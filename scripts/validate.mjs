#!/usr/bin/env node
// Every check, in order: lint, types, unit tests, integration tests on PGlite and on
// PostgreSQL, the production build, the end-to-end tests in Chromium. Prints a summary
// with each step's time; exits non-zero if any step failed.
//   node scripts/validate.mjs [--only step,step] [--skip step,step]
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }

const steps = [
  { name: 'lint', command: bin('eslint'), args: ['.'] },
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'unit', command: bin('vitest'), args: ['run', '--config', 'scripts/vitest.config.mts', '--project', 'unit'] },
  { name: 'integration', command: process.execPath, args: ['scripts/test-integration.mjs'] },
  { name: 'build', command: bin('next'), args: ['build'], required: true },
  { name: 'e2e', command: bin('playwright'), args: ['test', '-c', 'e2e/playwright.config.ts'] },
  // The security specs (payload, headers, cross-site) again, with the server on PostgreSQL.
  { name: 'e2e-postgres', command: process.execPath, args: ['scripts/testing/e2e-postgres.mjs'] },
  // The load check's short form on both databases (scripts/load/run.ts; `npm run load` is the 60 s one).
  { name: 'load', command: process.execPath, args: ['--import', 'tsx', 'scripts/load/run.ts', '--duration', '8', '--databases', 'pglite,postgres'] },
]

const { values } = parseArgs({ options: { only: { type: 'string' }, skip: { type: 'string' } } })
const only = values.only?.split(',')
const skip = values.skip?.split(',') ?? []
const results = []
for (const step of steps) {
  if ((only && !only.includes(step.name)) || skip.includes(step.name)) continue
  console.log(`\n▶ ${step.name}: ${path.basename(step.command)} ${step.args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(step.command, step.args, { cwd: ROOT, env, stdio: 'inherit' })
  const ok = result.status === 0
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000 })
  if (!ok && step.required) break
}

console.log('\nSummary')
for (const { name, ok, seconds } of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s`)
const failed = results.filter((r) => !r.ok)
console.log(failed.length ? `\n${failed.length} step(s) failed: ${failed.map((r) => r.name).join(', ')}` : '\nAll checks passed.')
process.exit(failed.length ? 1 : 0)
