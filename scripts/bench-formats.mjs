#!/usr/bin/env node
// `npm run bench:formats`: the import and export benchmarks, one after the other (the
// machines have two cores; two benchmarks at once would measure each other).
//   1. lib/formats/bench-formats.ts: the pure parsers and writers, every format, 10,000 paragraphs
//   2. scripts/bench-formats-db.mts: the same through the database, as the app runs them
// Pass `pure` or `db` to run one of them. DATABASE_URL=postgres://… runs the second on PostgreSQL.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const parts = { pure: 'lib/formats/bench-formats.ts', db: 'scripts/bench-formats-db.mts' }
const chosen = process.argv.slice(2)
let failed = false
for (const [name, file] of Object.entries(parts)) {
  if (chosen.length && !chosen.includes(name)) continue
  console.log(`\n## ${name === 'pure' ? 'Formats module (no database)' : 'Through the database'}\n`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
