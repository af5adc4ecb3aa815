import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { exportToString } from './export'
import { buildInput, exportOptions, richSample } from './test-support/fixtures'

const header = 'bead,type,source,target,source_from,source_to,target_from,target_to,confidence,origin,confirmed,review_status'

describe('CSV export', () => {
  test('golden shape: header, CRLF records, RFC 4180 quoting', () => {
    const input = buildInput([
      { source: ['plain'], target: ['text'] },
      { source: ['a, comma', 'and "quotes"'], target: ['line\nbreak'], confidence: 0.25, isConfirmed: true, reviewStatus: 'APPROVED', origin: 'MANUAL' },
      { source: [], target: ['only target'] },
    ])
    expect(exportToString(input, exportOptions('csv', { includeComments: false, includeAnnotations: false }))).toBe(
      `${header}\r\n` +
        '1,1-1,plain,text,1,1,1,1,0.5,AUTO,false,UNREVIEWED\r\n' +
        '2,2-1,"a, comma\n\nand ""quotes""","line\nbreak",2,3,2,2,0.25,MANUAL,true,APPROVED\r\n' +
        '3,0-1,,only target,,,3,3,0.5,AUTO,false,UNREVIEWED\r\n',
    )
  })

  test('comments and annotations columns, one line per entry, only when asked', () => {
    const csv = exportToString(richSample(), exportOptions('csv'))
    expect(csv.startsWith(`${header},comments,annotations\r\n`)).toBe(true)
    const rows: Record<string, string>[] = parse(csv, { columns: true })
    expect(rows[0].comments).toBe('Alice <a@x>, 2026-01-02T10:00:00Z (resolved): Is "quits" right? & why\n↳ Bob, 2026-01-02T10:00:00Z: Yes.\nSecond line')
    expect(rows[0].annotations.split('\n')).toHaveLength(3)
    expect(exportToString(richSample(), exportOptions('csv', { includeComments: false }))).toMatch(/^[^\r]*review_status,annotations\r\n/)
  })

  test('a UTF-8 BOM only when asked', () => {
    const input = buildInput([{ source: ['a'], target: ['b'] }])
    expect(exportToString(input, exportOptions('csv')).startsWith('bead')).toBe(true)
    expect(exportToString(input, exportOptions('csv', { bom: true })).startsWith('\uFEFFbead')).toBe(true)
  })

  test('lone surrogates are dropped (UTF-8 cannot hold them); other text is kept as is', () => {
    const csv = exportToString(buildInput([{ source: ['=1+2 \u0001 \uD800x'], target: ['b'] }]), exportOptions('csv'))
    const rows: Record<string, string>[] = parse(csv, { columns: true })
    expect(rows[0].source).toBe('=1+2 \u0001 x')
  })
})

describe('TSV export', () => {
  test('tabs separate fields; a field holding a tab, quote or line break is quoted', () => {
    const tsv = exportToString(buildInput([{ source: ['a\tb', 'c'], target: ['say "hi", ok'] }]), exportOptions('tsv', { includeComments: false, includeAnnotations: false }))
    expect(tsv.split('\r\n')[1]).toBe('1\t2-1\t"a\tb\n\nc"\t"say ""hi"", ok"\t1\t2\t1\t1\t0.5\tAUTO\tfalse\tUNREVIEWED')
  })
})
