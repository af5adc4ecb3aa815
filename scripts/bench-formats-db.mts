// Benchmark of imports and exports through the database, as the app runs them, on the
// 10,000-paragraph eval pair: creating an alignment from two documents (split, align, save),
// importing an aligned file (read, save), and exporting a stored alignment (read, write).
// A fresh embedded database in a temporary folder, or DATABASE_URL's PostgreSQL server.
// Run by scripts/bench-formats.mjs; median of RUNS runs, each on new rows.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isPostgresUrl } from '../lib/pglite-lock.mjs'
import { deployMigrations } from './prisma-wasm.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const pair = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../shared/eval/dev/speed/dev_speed_hb_en-de_10k.json'), 'utf8')) as {
  source: string[]
  target: string[]
  source_lang: string
  target_lang: string
}

let dataDir: string | undefined
if (!isPostgresUrl(process.env.DATABASE_URL)) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'))
  process.env.TANDEM_DATA_DIR = path.join(dataDir, 'data')
}
await deployMigrations()
const { makeProject, makeUser } = await import('../prisma/factories')
const { createAlignment } = await import('../lib/alignments/create-alignment')
const { importAlignedFile } = await import('../lib/imports/import-aligned-file')
const { getExportInput } = await import('../lib/exports/get-export-input')
const { exportFormats, exportOptionsSchema, exportToString } = await import('../lib/formats/export')
const { closeDb } = await import('../lib/db')

type Stages = Record<string, number>

/** Runs `run` RUNS times; each run reports its stages' durations; the median of each. */
async function median(run: () => Promise<Stages>): Promise<Stages> {
  const runs: Stages[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await run())
  return Object.fromEntries(Object.keys(runs[0]!).map((stage) => [stage, runs.map((r) => r[stage]!).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!]))
}

/** Milliseconds spent per stage, from the verb's progress callbacks. */
function stageClock() {
  const stages: Stages = {}
  let stage: string | undefined
  let since = performance.now()
  return {
    progress: (next: string) => {
      const now = performance.now()
      if (stage) stages[stage] = (stages[stage] ?? 0) + now - since
      stage = next
      since = now
    },
    finish: (): Stages => {
      const now = performance.now()
      if (stage) stages[stage] = (stages[stage] ?? 0) + now - since
      return stages
    },
  }
}

const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value).toLocaleString('en')} ms`)
const total = (stages: Stages) => Object.values(stages).reduce((sum, value) => sum + value, 0)

const owner = await makeUser()
const project = await makeProject(owner.id)
const database = dataDir ? 'PGlite (embedded)' : 'PostgreSQL'
console.log(`${pair.source.length.toLocaleString('en')} + ${pair.target.length.toLocaleString('en')} paragraphs, ${database}, node ${process.version}, median of ${RUNS}\n`)

console.log('| through the database | stages | total |\n| --- | --- | ---: |')
const created = await median(async () => {
  const clock = stageClock()
  await createAlignment(
    {
      userId: owner.id,
      projectId: project.id,
      title: `Bench ${Math.random()}`,
      source: { text: pair.source.join('\n\n'), language: pair.source_lang },
      target: { text: pair.target.join('\n\n'), language: pair.target_lang },
    },
    (progress) => clock.progress(progress.stage),
  )
  return clock.finish()
})
console.log(`| create from two documents | split ${ms(created.split)}, align ${ms(created.align)}, save ${ms(created.save)} | ${ms(total(created))} |`)

// A stored alignment to export, and its files to import.
const { id } = await createAlignment({
  userId: owner.id,
  projectId: project.id,
  title: 'Bench export',
  source: { text: pair.source.join('\n\n'), language: pair.source_lang },
  target: { text: pair.target.join('\n\n'), language: pair.target_lang },
})
const stored = await getExportInput({ userId: owner.id, alignmentId: id })
for (const format of ['tmx', 'xliff21', 'jsonl'] as const) {
  const bytes = new TextEncoder().encode(exportToString(stored, exportOptionsSchema.parse({ format, oneSided: 'keep' })))
  const imported = await median(async () => {
    const clock = stageClock()
    await importAlignedFile({ userId: owner.id, projectId: project.id, fileName: `bench.${exportFormats[format].extension}`, bytes }, (progress) => clock.progress(progress.stage))
    return clock.finish()
  })
  console.log(`| import ${format} (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB) | read ${ms(imported.read)}, save ${ms(imported.save)} | ${ms(total(imported))} |`)
}
for (const format of Object.keys(exportFormats) as (keyof typeof exportFormats)[]) {
  const exported = await median(async () => {
    let start = performance.now()
    const input = await getExportInput({ userId: owner.id, alignmentId: id })
    const read = performance.now() - start
    start = performance.now()
    exportToString(input, exportOptionsSchema.parse({ format }))
    return { read, write: performance.now() - start }
  })
  console.log(`| export ${format} | read ${ms(exported.read)}, write ${ms(exported.write)} | ${ms(total(exported))} |`)
}

await closeDb()
if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
