import { expect, test } from 'vitest'
import { exportToString } from './export'
import { buildInput, exportOptions, richSample } from './test-support/fixtures'

test('one self-contained object per bead, newline-terminated', () => {
  const input = buildInput([{ source: ['a', 'b'], target: ['c'], isConfirmed: true }], { sourceLang: 'en', targetLang: 'de' })
  expect(exportToString(input, exportOptions('jsonl', { includeComments: false, includeAnnotations: false }))).toBe(
    '{"bead":1,"id":"bead-1","type":"2-1","sourceLang":"en","targetLang":"de","source":"a\\n\\nb","target":"c",' +
      '"sourceParagraphs":[1,2],"targetParagraphs":[1],"confidence":0.5,"origin":"AUTO","isConfirmed":true,"reviewStatus":"UNREVIEWED"}\n',
  )
})

test('comments and annotations (outdated ones left out) when asked', () => {
  const [first] = exportToString(richSample(), exportOptions('jsonl')).split('\n').map((line) => (line ? JSON.parse(line) : null))
  expect(first.comments).toEqual(['Alice <a@x>, 2026-01-02T10:00:00Z (resolved): Is "quits" right? & why', '↳ Bob, 2026-01-02T10:00:00Z: Yes.\nSecond line'])
  expect(first.annotations).toHaveLength(3)
  expect(first.annotations[0]).toEqual({
    side: 'TARGET',
    paragraph: 1,
    start: 0,
    end: 5,
    quote: 'ينتهي',
    category: 'SPELLING',
    severity: 'MAJOR',
    note: 'should be "x" & <y>',
    status: 'OPEN',
  })
})

test('every line is valid JSON even with lone surrogates and line separators', () => {
  const jsonl = exportToString(buildInput([{ source: ['\uD800 \u2028 \u0000'], target: ['b'] }]), exportOptions('jsonl'))
  expect(jsonl.split('\n')).toHaveLength(2)
  expect(JSON.parse(jsonl).source).toBe('\uD800 \u2028 \u0000')
})
