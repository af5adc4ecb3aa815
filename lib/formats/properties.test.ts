// Property tests: exporters never write invalid XML whatever the text, and the importers
// never fail with anything but an ImportError whatever the bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { exportToString } from './export'
import { importAlignmentFile } from './import-alignment'
import { importDocument } from './import-document'
import { ImportError } from './import-error'
import { buildInput, exportOptions, richSample } from './test-support/fixtures'
import { inPool, requireKit, validate } from './test-support/kit'
import type { ExportAnnotation, ExportComment, ExportInput } from './types'
import { countForbiddenXmlChars } from './xml-writer'

const xmlFormats = ['tmx', 'xliff12', 'xliff21'] as const

// Any UTF-16 code unit (lone surrogates, controls, U+FFFE included) or any code point.
const anyText = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", ']]>', '\r', '\n', '\t', ' ', '\u0000', '\uD800', '\uFFFE', 'x'), maxLength: 30 }),
)
const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })

const comment = fc.record<ExportComment>({
  id: fc.string(),
  author: anyText,
  body: anyText,
  createdAt: date,
  isResolved: fc.boolean(),
  replies: fc.array(fc.record({ id: fc.string(), author: anyText, body: anyText, createdAt: date }), { maxLength: 2 }),
})

function annotationFor(side: 'SOURCE' | 'TARGET') {
  return fc.record<ExportAnnotation>({
    id: fc.string(),
    side: fc.constant(side),
    paragraphNumber: fc.integer({ min: 1, max: 8 }),
    start: fc.integer({ min: -2, max: 40 }),
    end: fc.integer({ min: -2, max: 40 }),
    quote: anyText,
    category: fc.constantFrom('MISTRANSLATION', 'SPELLING', 'DATES', 'NAMES', 'OTHER'),
    severity: fc.constantFrom('NEUTRAL', 'MINOR', 'MAJOR', 'CRITICAL'),
    note: anyText,
    status: fc.constantFrom('OPEN', 'RESOLVED', 'OUTDATED'),
  })
}

const bead = fc
  .record({
    source: fc.array(anyText, { maxLength: 3 }),
    target: fc.array(anyText, { maxLength: 3 }),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    reviewStatus: fc.constantFrom('UNREVIEWED', 'APPROVED', 'NEEDS_WORK', 'REJECTED'),
    isConfirmed: fc.boolean(),
    comments: fc.array(comment, { maxLength: 2 }),
    annotations: fc.array(fc.oneof(annotationFor('SOURCE'), annotationFor('TARGET')), { maxLength: 3 }),
  })
  .filter(({ source, target }) => source.length + target.length > 0)

const exportInput = fc
  .record({
    beads: fc.array(bead, { minLength: 1, maxLength: 4 }),
    title: anyText,
    id: anyText,
    toolVersion: anyText,
    sourceLang: fc.constantFrom('en', 'de-CH', 'zh-Hans', 'ar'),
    targetLang: fc.constantFrom('fr', 'he', 'ja', 'sr-Latn'),
  })
  .map(({ beads, ...rest }) => buildInput(beads, rest))

describe('exporters write well-formed XML for any text', () => {
  const samples: Record<string, ExportInput[]> = { tmx: [], xliff12: [], xliff21: [] }
  let dir: string
  beforeAll(() => {
    requireKit()
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-properties-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test.each(xmlFormats)('%s: well-formed, no forbidden character, and importable', async (format) => {
    await fc.assert(
      fc.asyncProperty(exportInput, async (input) => {
        const xml = exportToString(input, exportOptions(format))
        expect(XMLValidator.validate(xml)).toBe(true)
        expect(countForbiddenXmlChars(xml)).toBe(0)
        // Our own reader takes it back; only all-empty text (never a Tandem paragraph) is refused.
        await importAlignmentFile(new TextEncoder().encode(xml), { fileName: `f.${format}` }).catch((error: unknown) => {
          expect(error).toMatchObject({ reason: 'EMPTY' })
        })
        if (samples[format].length < 6) samples[format].push(input)
      }),
      { numRuns: 150 },
    )
  })

  // The fast validator checks well-formedness only; a handful go through the real schemas.
  test.each(xmlFormats)('%s: generated samples are valid against the official schema (xmllint)', async (format) => {
    expect(samples[format].length).toBeGreaterThan(0)
    const files = samples[format].map((input, i) => {
      const file = path.join(dir, `sample-${i}.${format}`)
      writeFileSync(file, exportToString(input, exportOptions(format)))
      return file
    })
    const results = await inPool(files, 3, (file) => validate(format, file))
    expect(results.map((result) => result.stderr)).toEqual(files.map(() => ''))
  })
})

describe('importers refuse bad bytes only with ImportError', () => {
  async function onlyImportErrors(run: () => Promise<unknown>): Promise<void> {
    try {
      await run()
    } catch (error) {
      if (!(error instanceof ImportError)) throw error
    }
  }

  test('importDocument on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.docx'), async (bytes, fileName) => {
        await onlyImportErrors(() => importDocument(bytes, { fileName, split: 'blank-lines' }))
      }),
      { numRuns: 300 },
    )
  })

  test('importAlignmentFile on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.tmx', 'a.xlf', 'a.jsonl'), async (bytes, fileName) => {
        await onlyImportErrors(() => importAlignmentFile(bytes, { fileName }))
      }),
      { numRuns: 300 },
    )
  })

  test.each([...xmlFormats, 'jsonl'] as const)('importAlignmentFile on damaged %s exports (cut, spliced, garbled)', async (format) => {
    const exported = exportToString(richSample(), exportOptions(format))
    const damaged = fc
      .tuple(fc.nat({ max: exported.length }), fc.nat({ max: exported.length }), anyText)
      .map(([from, to, junk]) => exported.slice(0, Math.min(from, to)) + junk + exported.slice(Math.max(from, to)))
    await fc.assert(
      fc.asyncProperty(damaged, async (text) => {
        await onlyImportErrors(() => importAlignmentFile(new TextEncoder().encode(text), { fileName: `f.${format}` }))
      }),
      { numRuns: 300 },
    )
  })
})
