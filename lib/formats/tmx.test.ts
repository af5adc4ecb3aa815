import { describe, expect, test } from 'vitest'
import { exportToString } from './export'
import { buildInput, exportOptions, richSample } from './test-support/fixtures'

describe('TMX export', () => {
  test('golden shape of a header and one bead', () => {
    const input = buildInput([{ source: ['A & B', 'C <d>'], target: ['A und B'], confidence: 0.75, reviewStatus: 'APPROVED', isConfirmed: true }], {
      sourceLang: 'en-us',
      targetLang: 'de',
      title: 'T "1"',
    })
    expect(exportToString(input, exportOptions('tmx'))).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        '  <header creationtool="Tandem" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Tandem" adminlang="en" srclang="en-US" datatype="plaintext" creationdate="20260102T100000Z">',
        '    <prop type="x-tandem-alignment-id">alignment-1</prop>',
        '    <prop type="x-tandem-title">T "1"</prop>',
        '  </header>',
        '  <body>',
        '    <tu tuid="1">',
        '      <prop type="x-tandem-bead-id">bead-1</prop>',
        '      <prop type="x-tandem-bead-type">2-1</prop>',
        '      <prop type="x-tandem-source-paragraphs">1-2</prop>',
        '      <prop type="x-tandem-target-paragraphs">1</prop>',
        '      <prop type="x-tandem-confidence">0.75</prop>',
        '      <prop type="x-tandem-origin">AUTO</prop>',
        '      <prop type="x-tandem-confirmed">true</prop>',
        '      <prop type="x-tandem-review-status">APPROVED</prop>',
        '      <tuv xml:lang="en-US"><seg>A &amp; B',
        '',
        'C &lt;d&gt;</seg></tuv>',
        '      <tuv xml:lang="de"><seg>A und B</seg></tuv>',
        '    </tu>',
        '  </body>',
        '</tmx>',
        '',
      ].join('\n'),
    )
  })

  test('comments and annotations are notes; outdated annotations are left out', () => {
    const tmx = exportToString(richSample(), exportOptions('tmx'))
    expect(tmx).toContain('<note>Alice &lt;a@x&gt;, 2026-01-02T10:00:00Z (resolved): Is "quits" right? &amp; why</note>')
    expect(tmx).toContain('<note>↳ Bob, 2026-01-02T10:00:00Z: Yes.\nSecond line</note>')
    expect(tmx).toContain('<note>Spelling, major, target ¶1 [0–5] “ينتهي”: should be "x" &amp; &lt;y&gt;</note>')
    expect(tmx).toContain('<note>Dates, neutral, source ¶1 [4–12] “contract” (resolved)</note>')
    expect(tmx).not.toContain('Old')
    const bare = exportToString(richSample(), exportOptions('tmx', { includeComments: false, includeAnnotations: false }))
    expect(bare).not.toContain('<note>')
  })

  test('one-sided beads: an empty segment when kept, nothing when skipped', () => {
    const input = buildInput([{ source: ['Only source'], target: [] }, { source: ['a'], target: ['b'] }])
    expect(exportToString(input, exportOptions('tmx', { oneSided: 'keep' }))).toContain(
      '<tuv xml:lang="en"><seg>Only source</seg></tuv>\n      <tuv xml:lang="ar"><seg></seg></tuv>',
    )
    const skipped = exportToString(input, exportOptions('tmx', { oneSided: 'skip' }))
    expect(skipped).not.toContain('Only source')
    expect(skipped).toContain('<tu tuid="2">')
  })

  test('characters XML 1.0 forbids are removed', () => {
    const tmx = exportToString(buildInput([{ source: ['a\u0001b\uFFFEc\uD800'], target: ['d\u001Fe'] }]), exportOptions('tmx'))
    expect(tmx).toContain('<seg>abc</seg>')
    expect(tmx).toContain('<seg>de</seg>')
  })
})
