// Proof by real consumers: every TMX is valid against the TMX 1.4b DTD and every XLIFF
// against the official schemas (xmllint, offline), and independent readers see exactly the
// pairs we meant to write: translate-toolkit for TMX and XLIFF 1.2, the kit's own lxml
// reader for XLIFF 2.1 (translate-toolkit silently reads zero units from XLIFF 2), Python's
// csv and json modules for CSV, TSV and JSON Lines.
//
// What is exported: every pair in ../shared/eval/dev (the 10,000-paragraph speed pair
// included) with its gold alignment and with the alignment Tandem's aligner makes (what
// `tandem export` writes), the two sample pairs the app ships as the seed aligns them, and a
// sample with every bead shape, review status, comments, annotations and hostile text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { removeLoneSurrogates } from './delimited'
import { exportToString } from './export'
import { selectBeads, sideText } from './export-model'
import { pairSchema } from './pair'
import { alignedExportInput, evalExportInput, evalPairFiles, exportOptions, richSample, samplePairs } from './test-support/fixtures'
import { readPairs, readRows, requireKit, validate, type KitFormat, type ReadPair, type ReadRow } from './test-support/kit'
import type { ExportFormat, ExportInput, ExportOptions } from './types'
import { removeForbiddenXmlChars } from './xml-writer'

type Case = { name: string; input: () => ExportInput; options: Partial<ExportOptions> }

const readPair = (file: string) => pairSchema.parse({ id: path.basename(file, '.json'), ...JSON.parse(readFileSync(file, 'utf8')) })

/** Built once per case, on first use: aligning the 10,000-paragraph pair takes a second or two. */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

const cases: Case[] = [
  ...evalPairFiles().map((file): Case => ({ name: `${path.basename(file, '.json')}, gold`, input: once(() => evalExportInput(file)), options: {} })),
  // The aligner's beads for every accuracy pair; not for the 10,000-paragraph speed pair, whose
  // text repeats the accuracy pairs six times: its gold export above already proves the size, and
  // validating a second 10,000-unit XLIFF 2.1 file cost the test command over 30 s.
  ...evalPairFiles()
    .filter((file) => !file.includes(`${path.sep}speed${path.sep}`))
    .map((file): Case => ({ name: `${path.basename(file, '.json')}, aligned`, input: once(() => alignedExportInput(readPair(file))), options: {} })),
  ...samplePairs().map((pair): Case => ({ name: `${pair.id}, aligned`, input: once(() => alignedExportInput(pair)), options: {} })),
  { name: 'rich sample, everything kept', input: richSample, options: {} },
  { name: 'rich sample, one-sided skipped, no comments or annotations', input: richSample, options: { oneSided: 'skip', includeComments: false, includeAnnotations: false } },
  { name: 'rich sample, confirmed only', input: richSample, options: { beads: 'confirmed' } },
  { name: 'rich sample, approved only, with BOM', input: richSample, options: { beads: 'approved', bom: true } },
]

// The 10,000-paragraph pair takes xmllint several seconds on a busy two-core machine. The
// cases run one at a time: each starts xmllint or Python, and several at once slowed the
// other test files past their time limits.
const TIMEOUT = 120_000

let dir: string
beforeAll(() => {
  requireKit()
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-formats-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeExport(name: string, format: ExportFormat, input: ExportInput, options: ExportOptions): string {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.${format}`)
  writeFileSync(file, exportToString(input, options))
  return file
}

/** What an XML reader must see: the written text of each side (forbidden characters dropped). */
function expectedPairs(input: ExportInput, options: ExportOptions): ReadPair[] {
  return selectBeads(input.beads, options).map((bead) => ({
    source: removeForbiddenXmlChars(sideText(bead.source)),
    // XLIFF says "no translation" by leaving <target> out; TMX writes an empty segment.
    target: bead.target.length === 0 && options.format !== 'tmx' ? null : removeForbiddenXmlChars(sideText(bead.target)),
    id: String(bead.index),
  }))
}

/** What a CSV or JSON reader must see: UTF-8 cannot hold lone surrogates; JSON can escape them. */
function expectedRows(input: ExportInput, options: ExportOptions): ReadRow[] {
  const clean = options.format === 'jsonl' ? (text: string) => text : removeLoneSurrogates
  return selectBeads(input.beads, options).map((bead) => ({
    bead: String(bead.index),
    source: clean(sideText(bead.source)),
    target: clean(sideText(bead.target)),
  }))
}

// A test that reads zero pairs proves nothing: every case must hold beads.
test('every case exports something', () => {
  expect(cases.length).toBeGreaterThan(30)
  for (const { input, options } of cases) expect(selectBeads(input().beads, exportOptions('jsonl', options)).length).toBeGreaterThan(0)
  // The first test builds every case, aligning each pair (the 10,000-paragraph one too).
}, TIMEOUT)

describe.each(['tmx', 'xliff12', 'xliff21'] as const)('%s export', (format) => {
  test.each(cases)('$name validates and reads back with the same pairs', async ({ name, input, options: overrides }) => {
    const options = exportOptions(format, overrides)
    const exported = input()
    const file = writeExport(name, format, exported, options)
    const validation = await validate(format as KitFormat, file)
    expect(validation.stderr).toBe('')
    expect(validation.status).toBe(0)
    const { pairs, warnings } = await readPairs(format, file)
    expect(warnings).toBe('')
    expect(pairs).toEqual(expectedPairs(exported, options))
  }, TIMEOUT)
})

describe.each(['csv', 'tsv', 'jsonl'] as const)('%s export', (format) => {
  test.each(cases)('$name reads back with Python’s standard library with the same rows', async ({ name, input, options: overrides }) => {
    const options = exportOptions(format, overrides)
    const exported = input()
    const file = writeExport(name, format, exported, options)
    expect(await readRows(format, file)).toEqual(expectedRows(exported, options))
  }, TIMEOUT)
})
