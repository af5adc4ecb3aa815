import { describe, expect, test } from 'vitest'
import { exportToString } from './export'
import { buildInput, exportOptions, richSample } from './test-support/fixtures'
import type { ReviewStatus } from './types'
import { xliff12States } from './xliff12'

describe('XLIFF 1.2 export', () => {
  test('golden shape of the file header and a unit', () => {
    const xliff = exportToString(buildInput([{ source: ['A', 'B'], target: ['C'], confidence: 1 }], { sourceLang: 'de', targetLang: 'fr' }), exportOptions('xliff12'))
    expect(xliff).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        '  <file original="Sample" source-language="de" target-language="fr" datatype="plaintext" date="2026-01-02T10:00:00.000Z" tool-id="tandem">',
        '    <header>',
        '      <tool tool-id="tandem" tool-name="Tandem" tool-version="0.1.0"/>',
        '    </header>',
        '    <body>',
        '      <trans-unit id="1" xml:space="preserve">',
        '        <source>A\n\nB</source>',
        '        <target state="translated">C</target>',
        '        <context-group purpose="information">',
        '          <context context-type="x-tandem-bead-id">bead-1</context>',
        '          <context context-type="x-tandem-bead-type">2-1</context>',
        '          <context context-type="x-tandem-source-paragraphs">1-2</context>',
        '          <context context-type="x-tandem-target-paragraphs">1</context>',
        '          <context context-type="x-tandem-confidence">1</context>',
        '          <context context-type="x-tandem-origin">AUTO</context>',
        '          <context context-type="x-tandem-confirmed">false</context>',
        '          <context context-type="x-tandem-review-status">UNREVIEWED</context>',
        '        </context-group>',
        '      </trans-unit>',
        '    </body>',
        '  </file>',
        '</xliff>',
        '',
      ].join('\n'),
    )
  })

  test.each<[ReviewStatus, string]>([
    ['UNREVIEWED', '<target state="translated">'],
    ['NEEDS_WORK', '<target state="needs-review-translation">'],
    ['REJECTED', '<target state="needs-translation">'],
    ['APPROVED', '<target state="signed-off">'],
  ])('review status %s → %s', (reviewStatus, target) => {
    const xliff = exportToString(buildInput([{ source: ['a'], target: ['b'], reviewStatus }]), exportOptions('xliff12'))
    expect(xliff).toContain(target)
    expect(xliff.includes('approved="yes"')).toBe(reviewStatus === 'APPROVED')
  })

  test('the state values are distinct, so the status survives a round trip', () => {
    expect(new Set(Object.values(xliff12States)).size).toBe(4)
  })

  test('comments are notes from their author; annotations are notes on their side', () => {
    const xliff = exportToString(richSample(), exportOptions('xliff12'))
    expect(xliff).toContain('<note from="Alice &lt;a@x&gt;">Alice &lt;a@x&gt;, 2026-01-02T10:00:00Z (resolved): Is "quits" right? &amp; why</note>')
    expect(xliff).toContain('<note from="Bob">↳ Bob, 2026-01-02T10:00:00Z: Yes.\nSecond line</note>')
    expect(xliff).toContain('<note annotates="target">Terminology, critical, target ¶1 [3–10] “هي الع”</note>')
    expect(xliff).toContain('<note annotates="source">Omission, major, source ¶3 [0–6] “Second”: missing</note>')
    expect(exportToString(richSample(), exportOptions('xliff12', { includeComments: false, includeAnnotations: false }))).not.toContain('<note')
  })

  test('a bead without target paragraphs is a unit without <target>; one without source has an empty source', () => {
    const xliff = exportToString(buildInput([{ source: ['untranslated'], target: [] }, { source: [], target: ['added'] }]), exportOptions('xliff12'))
    expect(xliff).toContain('<source>untranslated</source>\n        <context-group')
    expect(xliff).toContain('<source></source>\n        <target state="translated">added</target>')
  })
})
