#!/usr/bin/env node
// Every check: lint, types, the production build, unit tests, integration tests on PGlite and
// on PostgreSQL, the end-to-end tests in Chromium (on PGlite, and the security specs on
// PostgreSQL), and the short load check. Prints a summary with each step's time; exits
// non-zero if any step failed.
//   node scripts/validate.mjs [--only step,step] [--skip step,step] [--serial]
//
// The machines have two cores, and much of a test run is waiting (for the browser, the
// database, a server starting), so steps run in stages of parallel lanes: the whole run
// takes about half as long as one step after the other (docs/decisions/000-layout.md).
// Each line a step prints is prefixed with its name; `--serial` runs one step at a time
// with plain output, for reading a failure in peace.
import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }

const step = (name, command, args, extra = {}) => ({ name, command, args, ...extra })
const steps = {
  lint: step('lint', bin('eslint'), ['.']),
  typecheck: step('typecheck', bin('tsc'), ['--noEmit']),
  // Everything after the build needs it.
  build: step('build', bin('next'), ['build'], { required: true }),
  unit: step('unit', bin('vitest'), ['run', '--config', 'scripts/vitest.config.mts', '--project', 'unit']),
  'int-pglite': step('int-pglite', process.execPath, ['scripts/test-integration.mjs', 'pglite']),
  'int-postgres': step('int-postgres', process.execPath, ['scripts/test-integration.mjs', 'postgres']),
  e2e: step('e2e', bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts']),
  // The security specs (payload, headers, cross-site) again, with the server on PostgreSQL.
  'e2e-postgres': step('e2e-postgres', process.execPath, ['scripts/testing/e2e-postgres.mjs']),
  // The load check's short form on both databases (scripts/load/run.ts; `npm run load` is the 60 s one).
  load: step('load', process.execPath, ['--import', 'tsx', 'scripts/load/run.ts', '--duration', '8', '--databases', 'pglite,postgres']),
}

// Stages run one after the other; the lanes of a stage run side by side, each lane's steps in
// order. The lanes of the second stage are balanced by measured time (on two busy cores: e2e
// about 430 s, unit 230 s, integration 260 s on PGlite and 110 s on PostgreSQL).
// Type checking reads the route types the build writes into .next/types, so it follows the build.
const stages = [
  [['lint'], ['build', 'typecheck']],
  [['e2e', 'int-postgres'], ['unit', 'int-pglite']],
  [['e2e-postgres'], ['load']],
]

const { values } = parseArgs({ options: { only: { type: 'string' }, skip: { type: 'string' }, serial: { type: 'boolean' } } })
const only = values.only?.split(',')
const skip = values.skip?.split(',') ?? []
for (const name of [...(only ?? []), ...skip]) {
  if (!steps[name]) {
    console.error(`Unknown step "${name}". Steps: ${Object.keys(steps).join(', ')}`)
    process.exit(64)
  }
}
const isWanted = (name) => (!only || only.includes(name)) && !skip.includes(name)
const plan = values.serial ? stages.flat(2).filter(isWanted).map((name) => [[name]]) : stages.map((lanes) => lanes.map((lane) => lane.filter(isWanted)).filter((lane) => lane.length))

const results = []
let stopped = false

/** Runs one step; resolves with whether it passed. Output is prefixed when others run beside it. */
function run({ name, command, args }, isPrefixed) {
  console.log(`\n▶ ${name}: ${path.basename(command)} ${args.join(' ')}`)
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...env, FORCE_COLOR: isPrefixed ? '0' : env.FORCE_COLOR }, stdio: isPrefixed ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    if (isPrefixed) {
      const tag = `[${name}]`.padEnd(15)
      for (const stream of [child.stdout, child.stderr]) readline.createInterface({ input: stream }).on('line', (line) => console.log(`${tag}${line}`))
    }
    child.on('error', (error) => console.log(`${name}: cannot start ${command}: ${error.message}`))
    child.on('close', (code) => {
      const ok = code === 0
      results.push({ name, ok, seconds: (Date.now() - started) / 1000 })
      console.log(`\n${ok ? '✔' : '✘'} ${name} ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      resolve(ok)
    })
  })
}

const startedAll = Date.now()
for (const lanes of plan) {
  if (stopped || lanes.length === 0) continue
  const isPrefixed = lanes.length > 1
  await Promise.all(
    lanes.map(async (lane) => {
      for (const name of lane) {
        const ok = await run(steps[name], isPrefixed)
        if (!ok && steps[name].required) stopped = true
      }
    }),
  )
}

console.log('\nSummary')
for (const { name, ok, seconds } of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(13)} ${seconds.toFixed(1).padStart(6)} s`)
console.log(`  ${'total'.padEnd(18)} ${((Date.now() - startedAll) / 1000).toFixed(1).padStart(6)} s`)
const failed = results.filter((r) => !r.ok)
if (stopped) console.log('\nThe build failed: the steps that need it did not run.')
console.log(failed.length ? `\n${failed.length} step(s) failed: ${failed.map((r) => r.name).join(', ')}` : '\nAll checks passed.')
process.exit(failed.length || stopped ? 1 : 0)
