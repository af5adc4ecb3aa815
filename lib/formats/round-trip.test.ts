// Export, then import: the same paragraphs and the same beads, for every format Tandem can
// read back (TMX, XLIFF 1.2, XLIFF 2.1, JSON Lines).
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { splitParagraphs } from '../text/split-paragraphs'
import { exportFormats, exportToString } from './export'
import { importAlignmentFile } from './import-alignment'
import { buildInput, evalExportInput, evalPairFiles, exportOptions, richSample } from './test-support/fixtures'
import type { ExportFormat, ExportInput, ImportedAlignment } from './types'
import { removeForbiddenXmlChars } from './xml-writer'

const readableFormats = ['tmx', 'xliff12', 'xliff21', 'jsonl'] as const satisfies ExportFormat[]

async function roundTrip(input: ExportInput, format: ExportFormat): Promise<ImportedAlignment> {
  const bytes = new TextEncoder().encode(exportToString(input, exportOptions(format)))
  return importAlignmentFile(bytes, { fileName: `export.${exportFormats[format].extension}` })
}

/** The alignment as import should see it: forbidden characters are the only loss. */
function expected(input: ExportInput) {
  let src = 0
  let tgt = 0
  return {
    source: input.beads.flatMap((bead) => bead.source.map((p) => removeForbiddenXmlChars(p.text))),
    target: input.beads.flatMap((bead) => bead.target.map((p) => removeForbiddenXmlChars(p.text))),
    beads: input.beads.map((bead) => {
      const range = { srcStart: src, srcEnd: (src += bead.source.length), tgtStart: tgt, tgtEnd: (tgt += bead.target.length) }
      const { confidence, origin, isConfirmed, reviewStatus } = bead
      return { ...range, confidence, origin, isConfirmed, reviewStatus }
    }),
  }
}

const inputs: [string, () => ExportInput][] = [
  ['rich sample', richSample],
  ...evalPairFiles().map((file): [string, () => ExportInput] => [path.basename(file, '.json'), () => evalExportInput(file)]),
]

describe.each(readableFormats)('%s round trip', (format) => {
  test.each(inputs)('%s comes back with the same paragraphs and beads', async (_name, makeInput) => {
    const input = makeInput()
    const imported = await roundTrip(input, format)
    expect({ source: imported.source, target: imported.target, beads: imported.beads }).toEqual(expected(input))
    expect([imported.sourceLang, imported.targetLang]).toEqual([input.sourceLang, input.targetLang])
    if (format !== 'jsonl') expect(imported.title).toBe(input.title)
    // The 10,000-paragraph pair takes seconds on a busy two-core machine.
  }, 120_000)

  // Tandem's paragraphs are what splitParagraphs makes: trimmed, no blank line inside.
  const paragraph = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .map((text) => splitParagraphs(removeForbiddenXmlChars(text)).join(' '))
    .filter((text) => text.length > 0)
  const bead = fc
    .record({ source: fc.array(paragraph, { maxLength: 3 }), target: fc.array(paragraph, { maxLength: 3 }) })
    .filter(({ source, target }) => source.length + target.length > 0)

  test('arbitrary paragraphs and bead shapes come back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bead, { minLength: 1, maxLength: 6 }), async (specs) => {
        const input = buildInput(specs)
        const imported = await roundTrip(input, format)
        expect({ source: imported.source, target: imported.target, beads: imported.beads }).toEqual(expected(input))
      }),
      { numRuns: 60 },
    )
  })
})
