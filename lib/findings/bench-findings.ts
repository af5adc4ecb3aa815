// Benchmark: the automatic checks over a 10,000-paragraph alignment (the en→de speed pair of
// ../shared/eval, gold beads), first as the pure runner (cold: nothing cached; warm: every
// bead cached; one bead edited), then through the verbs on a fresh embedded database (what
// the review page waits for). Medians of several runs; the machine is shared, so compare
// figures of one run with each other rather than across runs.
//   npx tsx lib/findings/bench-findings.ts
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkAlignment, type BeadTexts } from '../checks'
import { evalDir } from '../formats/test-support/kit'
import { LruCache } from './finding-cache'

type Pair = { source_lang: string; target_lang: string; source: string[]; target: string[]; gold: [number[], number[]][] }

const COLD_RUNS = 3
const WARM_RUNS = 5

async function median(runs: number, run: () => unknown, before?: () => void): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    before?.()
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`

async function pure(pair: Pair) {
  const beads: BeadTexts[] = pair.gold.map(([s, t], i) => ({ id: i + 1, source: s.map((k) => pair.source[k]!), target: t.map((k) => pair.target[k]!) }))
  const langs = { sourceLang: pair.source_lang, targetLang: pair.target_lang }
  const paragraphs = pair.source.length + pair.target.length
  console.log(`${beads.length.toLocaleString('en')} beads, ${paragraphs.toLocaleString('en')} paragraphs (node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})\n`)
  let findings = 0
  // The speed pair repeats its content, so even a cold cache serves repeated beads; without
  // any cache every bead is checked, which is what a document without repetitions costs.
  const uncached = await median(COLD_RUNS, () => checkAlignment(beads, langs))
  let cache = new LruCache(1_000_000)
  const cold = await median(COLD_RUNS, async () => (findings = (await checkAlignment(beads, { ...langs, cache })).length), () => (cache = new LruCache(1_000_000)))
  const warm = await median(WARM_RUNS, () => checkAlignment(beads, { ...langs, cache }))
  let k = 0
  const edited = await median(WARM_RUNS, () => {
    // A different bead edited each time, as an editor working through the document.
    const index = 1000 + k++
    const changed = beads.map((bead, i) => (i === index ? { ...bead, target: bead.target.map((text) => `${text} (bearbeitet ${k})`) } : bead))
    return checkAlignment(changed, { ...langs, cache })
  })
  console.log('| pure runner | time | per bead |\n| --- | ---: | ---: |')
  console.log(`| no cache: every bead checked | ${ms(uncached)} | ${(uncached / beads.length).toFixed(2)} ms |`)
  console.log(`| cold cache (repeated beads served from it), ${findings.toLocaleString('en')} findings | ${ms(cold)} | ${(cold / beads.length).toFixed(2)} ms |`)
  console.log(`| warm (every bead cached) | ${ms(warm)} | ${((warm / beads.length) * 1000).toFixed(1)} µs |`)
  console.log(`| one bead edited | ${ms(edited)} | |`)
}

async function throughVerbs(pair: Pair) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-findings-'))
  process.env.TANDEM_DATA_DIR = path.join(dir, 'data')
  delete process.env.DATABASE_URL
  try {
    const { deployMigrations } = await import('../../scripts/prisma-wasm.mjs')
    await deployMigrations()
    const { closeDb, db } = await import('../db')
    const { makeAlignmentOf } = await import('../test-support/review-fixtures')
    const { makeUser } = await import('../../prisma/factories')
    const { findFindings } = await import('./find-findings')
    const { dismissFindings } = await import('./dismiss-findings')
    const { getReviewSummary } = await import('../reviews/get-review-summary')
    const { findingCache } = await import('./finding-cache')
    const { forgetFindingsByVersion } = await import('./compute-findings')
    const { summariseFindings } = await import('./summarise-findings')
    const user = await makeUser()
    const { id: alignmentId } = await makeAlignmentOf(
      user.id,
      pair.gold.map(([s, t]) => [s.map((k) => pair.source[k]!), t.map((k) => pair.target[k]!)]),
      { sourceLanguage: pair.source_lang, targetLanguage: pair.target_lang },
    )
    const cold = await median(COLD_RUNS, () => findFindings({ userId: user.id, alignmentId }), () => {
      findingCache().clear()
      forgetFindingsByVersion()
    })
    // The alignment changed (new version): texts are read again, every bead is in the bead cache.
    const changed = await median(WARM_RUNS, () => findFindings({ userId: user.id, alignmentId }), () => forgetFindingsByVersion())
    let result = await findFindings({ userId: user.id, alignmentId })
    const warm = await median(WARM_RUNS, async () => (result = await findFindings({ userId: user.id, alignmentId })))
    const summary = await median(WARM_RUNS, () => getReviewSummary({ userId: user.id, alignmentId }))
    const check = result.findings[0]!.check
    const dismissAll = await median(1, () => dismissFindings({ userId: user.id, alignmentId, check }))
    const bytes = Buffer.byteLength(JSON.stringify(summariseFindings(result.findings, result.beads)))
    console.log('\n| through the verbs (PGlite) | time |\n| --- | ---: |')
    console.log(`| findFindings, cold process cache | ${ms(cold)} |`)
    console.log(`| findFindings after a change elsewhere (texts read again, beads cached) | ${ms(changed)} |`)
    console.log(`| findFindings, same version again | ${ms(warm)} |`)
    console.log(`| getReviewSummary (statuses, annotations, threads, score, word count) | ${ms(summary)} |`)
    console.log(`| dismiss every "${check}" finding at once | ${ms(dismissAll)} |`)
    console.log(`| summary sent to the page (counts by check, per bead) | ${(bytes / 1024).toFixed(0)} KB |`)
    await db.$disconnect()
    await closeDb()
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  const pair = JSON.parse(fs.readFileSync(path.join(evalDir, 'speed/dev_speed_hb_en-de_10k.json'), 'utf8')) as Pair
  await pure(pair)
  await throughVerbs(pair)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
