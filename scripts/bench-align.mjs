#!/usr/bin/env node
// The aligner's benchmark (npm run bench:align): every figure issue 3 asks for, measured the
// same way each time.
//   1. Accuracy on ../shared/eval/dev: strict P/R/F1 per file and micro-averaged, for all of
//      DEV and for its two halves (half A was used for tuning, half B kept aside), recall by
//      gold bead type, and the calibration table by confidence band.
//   2. Time and peak memory of the whole command-line process (`tandem align --pair`) on the
//      10k speed pair: medians of several runs, measured by python3 around the child process.
//   3. A growth curve at 1k, 10k and 50k paragraphs (prefixes and cycles of the speed pair).
// Prints Markdown. Options:
//   --dev DIR --speed FILE   other data       --runs N        timed runs per size (default 5)
//   --sizes 1000,10000,50000                  --no-speed      accuracy only
//   --json FILE              all figures as JSON
//   --check                  exit 1 when an accuracy or calibration target is missed
// Timings depend on the machine and on what else runs on it: the load average is printed
// before and after; compare figures from one run, or from a quiet machine.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadTandem } from './tandem.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    dev: { type: 'string', default: path.resolve(root, '../shared/eval/dev') },
    speed: { type: 'string', default: path.resolve(root, '../shared/eval/dev/speed/dev_speed_hb_en-de_10k.json') },
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000,50000' },
    'no-speed': { type: 'boolean', default: false },
    json: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
})

// The two halves of DEV. Half A: tuning; half B: kept aside while tuning, to see how the
// tuning generalises. Each half holds handbook chapters of several languages and Text+Berg files.
const HALF_A = new Set([
  'dev_hb_en-ar_solving-problems',
  'dev_hb_en-de_network-services-plus',
  'dev_hb_en-de_solving-problems_clean',
  'dev_hb_en-es_workstation',
  'dev_hb_en-ru_debian-packaging',
  'dev_tb_de-fr_1957',
  'dev_tb_de-fr_test2_natural',
])

// What issue 3 asks for.
const TARGETS = {
  microF1: 0.98,
  fileF1: 0.9,
  recall: { '1-1': 0.99, '2-1': 0.9, '1-2': 0.9, '0-1': 0.9, '1-0': 0.8, '2-2': 0.7 },
  confidentPrecision: 0.99,
  confidentCoverage: 0.85,
  seconds: 1.0,
  megabytes: 300,
}
const TYPE_ORDER = ['1-1', '2-1', '1-2', '0-1', '1-0', '2-2']

const tandem = await loadTandem()
const fmt = (x, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '–')
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '–')
const mark = (ok) => (ok ? '✓' : '✗')
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const out = []
const print = (line = '') => out.push(line) && console.log(line)
const misses = []
const report = { loadBefore: loadavg(), accuracy: {}, speed: null, growth: [] }

// ---------------------------------------------------------------- accuracy
function micro(results) {
  let counts = { gold: 0, predicted: 0, matched: 0 }
  for (const r of results) counts = tandem.addCounts(counts, r.counts)
  return { counts, ...tandem.prf(counts) }
}

function accuracy() {
  const started = performance.now()
  const results = tandem.evaluateDirectory(values.dev)
  const seconds = (performance.now() - started) / 1000
  if (results.length === 0) throw new Error(`${values.dev}: no pair files with gold beads`)
  print(`## Accuracy on ${path.relative(root, values.dev)} (${results.length} files, aligned in ${seconds.toFixed(2)} s in-process)`)
  print()
  print('| file | half | gold | pred | P | R | F1 |')
  print('| --- | --- | ---: | ---: | ---: | ---: | ---: |')
  for (const r of results) {
    const { precision, recall, f1 } = tandem.prf(r.counts)
    const ok = f1 >= TARGETS.fileF1
    if (!ok) misses.push(`${r.id}: F1 ${fmt(f1)} < ${TARGETS.fileF1}`)
    print(`| ${r.id} | ${HALF_A.has(r.id) ? 'A' : 'B'} | ${r.counts.gold} | ${r.counts.predicted} | ${fmt(precision)} | ${fmt(recall)} | ${fmt(f1)}${ok ? '' : ' ✗'} |`)
  }
  const all = micro(results)
  const halves = { A: micro(results.filter((r) => HALF_A.has(r.id))), B: micro(results.filter((r) => !HALF_A.has(r.id))) }
  // Other sets (--dev) have no halves: every file there was kept aside.
  const hasHalves = results.some((r) => HALF_A.has(r.id))
  const rows = hasHalves ? [['MICRO, all', all], ['MICRO, half A (tuning)', halves.A], ['MICRO, half B (kept aside)', halves.B]] : [['MICRO, all', all]]
  for (const [label, m] of rows) {
    print(`| **${label}** | | ${m.counts.gold} | ${m.counts.predicted} | ${fmt(m.precision)} | ${fmt(m.recall)} | **${fmt(m.f1)}** |`)
  }
  const worst = results.reduce((w, r) => (tandem.prf(r.counts).f1 < tandem.prf(w.counts).f1 ? r : w))
  if (all.f1 < TARGETS.microF1) misses.push(`micro F1 ${fmt(all.f1)} < ${TARGETS.microF1}`)
  print()
  print(`Micro strict F1 ${fmt(all.f1)} (target ≥ ${TARGETS.microF1} ${mark(all.f1 >= TARGETS.microF1)}); worst file ${worst.id} ${fmt(tandem.prf(worst.counts).f1)} (target ≥ ${TARGETS.fileF1} on every file ${mark(tandem.prf(worst.counts).f1 >= TARGETS.fileF1)}).`)

  // Recall by gold bead type, for all of DEV and per half.
  const byType = (subset) => {
    const totals = new Map()
    for (const r of subset) {
      for (const [type, { gold, matched }] of tandem.recallByType(r.gold, r.predicted)) {
        const entry = totals.get(type) ?? { gold: 0, matched: 0 }
        entry.gold += gold
        entry.matched += matched
        totals.set(type, entry)
      }
    }
    return totals
  }
  const types = { all: byType(results), A: byType(results.filter((r) => HALF_A.has(r.id))), B: byType(results.filter((r) => !HALF_A.has(r.id))) }
  const allTypes = [...TYPE_ORDER, ...[...types.all.keys()].filter((t) => !TYPE_ORDER.includes(t)).sort()]
  print()
  print('### Exact-match recall by gold bead type')
  print()
  print('| type | gold beads | found | recall | target | half A | half B |')
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  const cell = (t, half) => {
    const e = types[half].get(t)
    return e ? `${pct(e.matched / e.gold)} (${e.matched}/${e.gold})` : '–'
  }
  for (const t of allTypes) {
    const e = types.all.get(t)
    if (!e) continue
    const target = TARGETS.recall[t]
    const r = e.matched / e.gold
    if (target !== undefined && r < target) misses.push(`recall of ${t} ${pct(r)} < ${pct(target)}`)
    print(`| ${t} | ${e.gold} | ${e.matched} | ${pct(r)} | ${target === undefined ? '–' : `≥ ${pct(target)} ${mark(r >= target)}`} | ${cell(t, 'A')} | ${cell(t, 'B')} |`)
  }

  // Calibration: every predicted bead, by its confidence; "right" = exactly a gold bead.
  const confidences = []
  const correct = []
  for (const r of results) {
    const isRight = tandem.correctness(r.gold, r.predicted)
    r.beads.forEach((bead, k) => {
      confidences.push(bead.confidence)
      correct.push(isRight[k])
    })
  }
  const bands = tandem.calibration(confidences, correct)
  print()
  print(`### Calibration (${confidences.length} predicted beads)`)
  print()
  print('| confidence | beads | share of beads | exactly right |')
  print('| --- | ---: | ---: | ---: |')
  for (const band of bands) print(`| ${band.label} | ${band.count} | ${pct(band.count / confidences.length)} | ${band.count ? pct(band.correct / band.count) : '–'} |`)
  const top = bands[0]
  const topPrecision = top.correct / Math.max(1, top.count)
  const topCoverage = top.count / confidences.length
  if (topPrecision < TARGETS.confidentPrecision) misses.push(`beads with confidence ≥ 0.9 right ${pct(topPrecision)} < ${pct(TARGETS.confidentPrecision)}`)
  if (topCoverage < TARGETS.confidentCoverage) misses.push(`beads with confidence ≥ 0.9 cover ${pct(topCoverage)} < ${pct(TARGETS.confidentCoverage)}`)
  const lowerBands = bands.slice(1).filter((b) => b.count > 0)
  const isMonotone = bands.every((b, k) => k === 0 || b.count === 0 || bands[k - 1].count === 0 || b.correct / b.count <= bands[k - 1].correct / bands[k - 1].count)
  if (!lowerBands.every((b) => b.correct / b.count < topPrecision)) misses.push('a lower confidence band is as reliable as the top band')
  print()
  print(
    `Confidence ≥ 0.9: ${pct(topPrecision)} right (target ≥ ${pct(TARGETS.confidentPrecision)} ${mark(topPrecision >= TARGETS.confidentPrecision)}), covering ${pct(topCoverage)} of the beads (target ≥ ${pct(TARGETS.confidentCoverage)} ${mark(topCoverage >= TARGETS.confidentCoverage)}); bands ${isMonotone ? 'less reliable as the confidence falls ✓' : 'not monotone'}.`,
  )
  report.accuracy = {
    files: results.map((r) => ({ id: r.id, half: HALF_A.has(r.id) ? 'A' : 'B', ...r.counts, ...tandem.prf(r.counts) })),
    micro: all,
    halves,
    recallByType: Object.fromEntries([...types.all].map(([t, e]) => [t, { ...e, A: types.A.get(t) ?? null, B: types.B.get(t) ?? null }])),
    calibration: bands,
  }
}

// ---------------------------------------------------------------- speed and growth
const MEASURE = `
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(done.stderr.decode(errors="replace"))
print(seconds, usage.ru_maxrss, done.returncode, usage.ru_utime + usage.ru_stime)
`

/**
 * Wall time (s), CPU time (user + system, s: less sensitive to other work on the machine) and peak
 * resident memory (MB) of one whole `tandem align --pair FILE` process.
 */
function measureCli(file) {
  const result = spawnSync('python3', ['-c', MEASURE, process.execPath, path.join(root, 'scripts/tandem.mjs'), 'align', '--pair', file], { encoding: 'utf8' })
  if (result.error) throw new Error(`cannot run python3 to measure the CLI (${result.error.message})`)
  const [seconds, kilobytes, status, cpuSeconds] = result.stdout.trim().split(/\s+/).map(Number)
  if (result.status !== 0 || status !== 0) throw new Error(`tandem align failed on ${file}: ${result.stderr.trim()}`)
  return { seconds, cpuSeconds, megabytes: kilobytes / 1024 }
}

function measureRuns(file, runs) {
  measureCli(file) // warm-up: file cache, and the bundle is built if stale
  const samples = Array.from({ length: runs }, () => measureCli(file))
  return {
    runs,
    seconds: median(samples.map((s) => s.seconds)),
    cpuSeconds: median(samples.map((s) => s.cpuSeconds)),
    megabytes: median(samples.map((s) => s.megabytes)),
    secondsRange: [Math.min(...samples.map((s) => s.seconds)), Math.max(...samples.map((s) => s.seconds))],
  }
}

/** A pair of about `size` source paragraphs: a prefix of `base` cut at a bead boundary, or `base` repeated. */
function pairOfSize(base, size) {
  const source = []
  const target = []
  const gold = []
  while (source.length < size) {
    const s0 = source.length
    const t0 = target.length
    for (const [src, tgt] of base.gold) {
      if (source.length + src.length > size && src.length > 0) break
      gold.push([src.map((i) => i + s0), tgt.map((j) => j + t0)])
      for (const i of src) source.push(base.source[i])
      for (const j of tgt) target.push(base.target[j])
    }
  }
  return { id: `growth_${size}`, source_lang: base.source_lang, target_lang: base.target_lang, source, target, gold }
}

function speedAndGrowth() {
  const runs = Math.max(1, Number(values.runs) || 5)
  const base = JSON.parse(readFileSync(values.speed, 'utf8'))
  const speed = measureRuns(values.speed, runs)
  report.speed = { file: path.relative(root, values.speed), paragraphs: [base.source.length, base.target.length], ...speed }
  print()
  print(`## Speed: the whole CLI process, \`tandem align --pair ${path.relative(root, values.speed)}\``)
  print()
  print(
    `${base.source.length} × ${base.target.length} paragraphs: median **${speed.seconds.toFixed(2)} s** (range ${speed.secondsRange.map((s) => s.toFixed(2)).join('–')} s over ${runs} runs, target < ${TARGETS.seconds} s ${mark(speed.seconds < TARGETS.seconds)}; CPU time ${speed.cpuSeconds.toFixed(2)} s), peak memory **${speed.megabytes.toFixed(0)} MB** (target < ${TARGETS.megabytes} MB ${mark(speed.megabytes < TARGETS.megabytes)}).`,
  )

  const work = mkdtempSync(path.join(tmpdir(), 'tandem-bench-'))
  try {
    print()
    print('## Growth: the whole CLI process by document length')
    print()
    print('| source paragraphs | target paragraphs | time (median) | CPU time | µs per paragraph | peak memory | strict F1 |')
    print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const size of values.sizes.split(',').map(Number)) {
      const pair = pairOfSize(base, size)
      const file = path.join(work, `growth_${size}.json`)
      writeFileSync(file, JSON.stringify(pair))
      // Fewer runs of the largest sizes: they take seconds each and vary less.
      const measured = measureRuns(file, size > 20_000 ? Math.min(runs, 3) : runs)
      const beads = tandem.align(pair.source, pair.target, { sourceLang: pair.source_lang, targetLang: pair.target_lang })
      const predicted = beads.map((b) => [range(b.srcStart, b.srcEnd), range(b.tgtStart, b.tgtEnd)])
      const { f1 } = tandem.prf(tandem.strictCounts(pair.gold, predicted))
      const perParagraph = (1e6 * measured.seconds) / (pair.source.length + pair.target.length)
      report.growth.push({ source: pair.source.length, target: pair.target.length, ...measured, microsecondsPerParagraph: perParagraph, f1 })
      print(`| ${pair.source.length} | ${pair.target.length} | ${measured.seconds.toFixed(2)} s | ${measured.cpuSeconds.toFixed(2)} s | ${perParagraph.toFixed(0)} | ${measured.megabytes.toFixed(0)} MB | ${fmt(f1)} |`)
    }
    const [first, last] = [report.growth[0], report.growth[report.growth.length - 1]]
    if (first && last && last !== first) {
      print()
      print(
        `From ${first.source} to ${last.source} paragraphs (×${(last.source / first.source).toFixed(0)}) the time grows ×${(last.seconds / first.seconds).toFixed(1)}; Node's start-up and reading the file are part of every figure. The speed pair's text repeats (see ../shared/eval/README.md), so its F1 is not comparable with DEV's.`,
      )
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const range = (start, end) => Array.from({ length: end - start }, (_, k) => start + k)

print(`# Aligner benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')})`)
print()
accuracy()
if (!values['no-speed']) speedAndGrowth()
report.loadAfter = loadavg()
print()
print(`Load average after: ${report.loadAfter.map((x) => x.toFixed(2)).join(' ')} (2 cores; figures taken while other work ran are slower).`)
if (misses.length) {
  print()
  print(`Targets missed: ${misses.join('; ')}.`)
}
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n')
if (values.check && misses.length) process.exitCode = 1
