// Proof by real consumers: every TMX is valid against the TMX 1.4b DTD and every XLIFF
// against the official schemas (xmllint, offline), and independent readers see exactly the
// pairs we meant to write: translate-toolkit for TMX and XLIFF 1.2, the kit's own lxml
// reader for XLIFF 2.1 (translate-toolkit silently reads zero units from XLIFF 2).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { removeLoneSurrogates } from './delimited'
import { exportToString } from './export'
import { selectBeads, sideText } from './export-model'
import { evalExportInput, evalPairFiles, exportOptions, richSample } from './test-support/fixtures'
import { readPairs, requireKit, validate, type KitFormat, type ReadPair } from './test-support/kit'
import type { ExportInput, ExportOptions } from './types'
import { removeForbiddenXmlChars } from './xml-writer'

type Case = { name: string; input: () => ExportInput; options: Partial<ExportOptions> }

const cases: Case[] = [
  ...evalPairFiles().map((file): Case => ({ name: path.basename(file, '.json'), input: () => evalExportInput(file), options: {} })),
  { name: 'rich sample, everything kept', input: richSample, options: {} },
  { name: 'rich sample, one-sided skipped, no comments or annotations', input: richSample, options: { oneSided: 'skip', includeComments: false, includeAnnotations: false } },
  { name: 'rich sample, approved only, with BOM', input: richSample, options: { beads: 'approved', bom: true } },
]

const xmlFormats: KitFormat[] = ['tmx', 'xliff12', 'xliff21']

let dir: string
beforeAll(() => {
  requireKit()
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-formats-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What a reader must see: the written text of each side (forbidden characters dropped). */
function expectedPairs(input: ExportInput, options: ExportOptions): ReadPair[] {
  return selectBeads(input.beads, options).map((bead) => ({
    source: removeForbiddenXmlChars(sideText(bead.source)),
    // XLIFF says "no translation" by leaving <target> out; TMX writes an empty segment.
    target: bead.target.length === 0 && options.format !== 'tmx' ? null : removeForbiddenXmlChars(sideText(bead.target)),
    id: String(bead.index),
  }))
}

describe.each(xmlFormats)('%s export', (format) => {
  test.concurrent.each(cases)('$name validates and reads back with the same pairs', async ({ name, input, options: overrides }) => {
    const options = exportOptions(format as ExportOptions['format'], overrides)
    const exported = input()
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.${format}`)
    writeFileSync(file, exportToString(exported, options))
    const validation = await validate(format, file)
    expect(validation.stderr).toBe('')
    expect(validation.status).toBe(0)
    const { pairs, warnings } = await readPairs(format, file)
    expect(warnings).toBe('')
    expect(pairs).toEqual(expectedPairs(exported, options))
  })
})

describe.each(['csv', 'tsv'] as const)('%s export', (format) => {
  test.each(cases)('$name parses back with csv-parse into the same rows', ({ input, options: overrides }) => {
    const options = exportOptions(format, overrides)
    const exported = input()
    const rows: Record<string, string>[] = parseCsv(exportToString(exported, options), {
      delimiter: format === 'csv' ? ',' : '\t',
      columns: true,
      bom: true,
    })
    const beads = selectBeads(exported.beads, options)
    expect(rows.map((row) => [row.bead, row.source, row.target])).toEqual(
      beads.map((bead) => [String(bead.index), removeLoneSurrogates(sideText(bead.source)), removeLoneSurrogates(sideText(bead.target))]),
    )
  })
})

describe('jsonl export', () => {
  test.each(cases)('$name parses back line by line', ({ input, options: overrides }) => {
    const options = exportOptions('jsonl', overrides)
    const exported = input()
    const lines = exportToString(exported, options).replace(/^\uFEFF/, '').split('\n')
    expect(lines.pop()).toBe('')
    const beads = selectBeads(exported.beads, options)
    expect(lines.map((line) => JSON.parse(line)).map(({ bead, source, target }) => ({ bead, source, target }))).toEqual(
      beads.map((bead) => ({ bead: bead.index, source: sideText(bead.source), target: sideText(bead.target) })),
    )
  })
})
