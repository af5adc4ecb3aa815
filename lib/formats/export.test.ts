import { describe, expect, test } from 'vitest'
import { AppError } from '../errors'
import { exportChunks, exportFileName, exportFormats, exportOptionsSchema, exportToString } from './export'
import { buildInput, exportOptions, richSample } from './test-support/fixtures'
import type { ExportFormat } from './types'

const formats = Object.keys(exportFormats) as ExportFormat[]

function beadIndices(format: ExportFormat, text: string): number[] {
  const pattern = { tmx: /<tu tuid="(\d+)"/g, xliff12: /<trans-unit id="(\d+)"/g, xliff21: /<unit id="(\d+)"/g, csv: /\r\n(\d+),/g, tsv: /\r\n(\d+)\t/g, jsonl: /"bead":(\d+)/g }[format]
  return [...text.matchAll(pattern)].map((match) => Number(match[1]))
}

describe.each(formats)('%s', (format) => {
  test.each([
    ['all beads', { beads: 'all', oneSided: 'keep' }, [1, 2, 3, 4, 5, 6, 7]],
    ['confirmed beads', { beads: 'confirmed', oneSided: 'keep' }, [1, 3]],
    ['approved beads', { beads: 'approved', oneSided: 'keep' }, [1, 5]],
    ['approved beads, one-sided skipped', { beads: 'approved', oneSided: 'skip' }, [1]],
    ['all beads, one-sided skipped', { beads: 'all', oneSided: 'skip' }, [1, 2, 3, 6, 7]],
  ] as const)('%s', (_name, filter, indices) => {
    expect(beadIndices(format, exportToString(richSample(), exportOptions(format, filter)))).toEqual(indices)
  })

  test('UTF-8 without BOM unless asked', () => {
    expect(exportToString(richSample(), exportOptions(format)).charCodeAt(0)).not.toBe(0xfeff)
    expect(exportToString(richSample(), exportOptions(format, { bom: true })).charCodeAt(0)).toBe(0xfeff)
  })

  test('chunks concatenate to the whole export, with progress after each batch', () => {
    const input = buildInput(Array.from({ length: 450 }, (_, i) => ({ source: [`s${i}`], target: [`t${i}`] })))
    const progress: [number, number][] = []
    const chunks = [...exportChunks(input, exportOptions(format), (done, total) => progress.push([done, total]))]
    expect(chunks.join('')).toBe(exportToString(input, exportOptions(format)))
    expect(progress).toEqual([
      [200, 450],
      [400, 450],
      [450, 450],
    ])
  })
})

describe('refusals', () => {
  test('nothing to export is an error, not an empty file', () => {
    const input = buildInput([{ source: ['a'], target: ['b'] }])
    expect(() => exportToString(input, exportOptions('xliff21', { beads: 'approved' }))).toThrow(
      new AppError('INVALID_INPUT', 'No bead matches the export options (approved beads only): there is nothing to export.', {
        code: 'exportNothing',
        params: { beads: 'approved', oneSided: 'keep' },
      }),
    )
  })

  test('a language that is not BCP 47', () => {
    expect(() => exportToString(buildInput([{ source: ['a'], target: ['b'] }], { targetLang: 'german!' }), exportOptions('tmx'))).toThrow(
      'The target language "german!" is not a BCP 47 language tag such as "en" or "de-CH".',
    )
  })
})

describe('exportOptionsSchema', () => {
  test.each([
    ['tmx', 'skip'],
    ['xliff12', 'skip'],
    ['xliff21', 'skip'],
    ['csv', 'keep'],
    ['tsv', 'keep'],
    ['jsonl', 'keep'],
  ] as const)('%s defaults: one-sided beads %s', (format, oneSided) => {
    expect(exportOptionsSchema.parse({ format })).toEqual({
      format,
      beads: 'all',
      oneSided,
      includeComments: true,
      includeAnnotations: true,
      bom: false,
    })
  })

  test('rejects unknown values', () => {
    expect(exportOptionsSchema.safeParse({ format: 'docx' }).success).toBe(false)
    expect(exportOptionsSchema.safeParse({ format: 'csv', beads: 'some' }).success).toBe(false)
  })
})

test.each([
  ['tmx', 'Sample (en-ar).tmx'],
  ['xliff12', 'Sample (en-ar).xliff12.xlf'],
  ['xliff21', 'Sample (en-ar).xliff21.xlf'],
  ['jsonl', 'Sample (en-ar).jsonl'],
] as const)('exportFileName for %s', (format, name) => {
  expect(exportFileName(buildInput([]), format)).toBe(name)
})

test('exportFileName drops characters file systems refuse', () => {
  expect(exportFileName({ title: 'a/b: "c"?', sourceLang: 'en', targetLang: 'de' }, 'csv')).toBe('a b c (en-de).csv')
})
