import { describe, expect, test } from 'vitest'
import { exportToString } from './export'
import { buildInput, exportOptions, richSample } from './test-support/fixtures'
import type { AnnotationCategory, ExportAnnotation, ReviewStatus } from './types'
import { itsIssueTypes } from './xliff21'

const annotation = (fields: Partial<ExportAnnotation>): ExportAnnotation => ({
  id: 'a',
  side: 'TARGET',
  paragraphNumber: 1,
  start: 0,
  end: 1,
  quote: '',
  category: 'OTHER',
  severity: 'MINOR',
  note: '',
  status: 'OPEN',
  ...fields,
})

describe('XLIFF 2.1 export', () => {
  test('root, file and a unit', () => {
    const xliff = exportToString(buildInput([{ source: ['A', 'B'], target: ['C'] }], { targetLang: 'zh-hans' }), exportOptions('xliff21'))
    expect(xliff).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" version="2.1" srcLang="en" trgLang="zh-Hans">',
    )
    expect(xliff).toContain('<file id="f1" original="Sample">')
    expect(xliff).toContain('<unit id="1" xml:space="preserve">')
    expect(xliff).toContain('<mda:meta type="bead-type">2-1</mda:meta>')
    expect(xliff).toContain(
      '<segment state="translated" subState="tandem:unreviewed">\n        <source>A\n\nB</source>\n        <target>C</target>\n      </segment>',
    )
  })

  test.each<[ReviewStatus, string]>([
    ['UNREVIEWED', 'state="translated" subState="tandem:unreviewed"'],
    ['NEEDS_WORK', 'state="translated" subState="tandem:needs-work"'],
    ['REJECTED', 'state="initial" subState="tandem:rejected"'],
    ['APPROVED', 'state="final" subState="tandem:approved"'],
  ])('review status %s → %s', (reviewStatus, attributes) => {
    expect(exportToString(buildInput([{ source: ['a'], target: ['b'], reviewStatus }]), exportOptions('xliff21'))).toContain(`<segment ${attributes}>`)
  })

  test('a segment without target is "initial" whatever its status, and trgLang appears only with targets', () => {
    const onlySource = exportToString(buildInput([{ source: ['a'], target: [], reviewStatus: 'APPROVED' }]), exportOptions('xliff21'))
    expect(onlySource).toContain('<segment state="initial" subState="tandem:approved">\n        <source>a</source>\n      </segment>')
    expect(onlySource).not.toContain('trgLang')
  })

  test('annotations become ITS quality issues on spanning markers, which may overlap', () => {
    const input = buildInput([
      {
        source: ['x'],
        target: ['abcdef'],
        annotations: [
          annotation({ start: 0, end: 3, category: 'SPELLING', severity: 'MAJOR', note: 'typo "x"' }),
          annotation({ start: 2, end: 5, category: 'DATES', severity: 'CRITICAL', status: 'RESOLVED' }),
          annotation({ start: 1, end: 2, status: 'OUTDATED' }),
          annotation({ side: 'SOURCE', start: 1, end: 1, severity: 'NEUTRAL' }),
        ],
      },
    ])
    const xliff = exportToString(input, exportOptions('xliff21'))
    expect(xliff).toContain(
      '<source>x<sm id="a1" type="its:generic" its:locQualityIssueType="other" its:locQualityIssueSeverity="0" its:locQualityIssueComment="Other"/><em startRef="a1"/></source>',
    )
    expect(xliff).toContain(
      '<target><sm id="a2" type="its:generic" its:locQualityIssueType="misspelling" its:locQualityIssueSeverity="75" its:locQualityIssueComment="Spelling: typo &quot;x&quot;"/>ab' +
        '<sm id="a3" type="its:generic" its:locQualityIssueType="locale-violation" its:locQualityIssueSeverity="100" its:locQualityIssueComment="Dates" its:locQualityIssueEnabled="no"/>c' +
        '<em startRef="a2"/>de<em startRef="a3"/>f</target>',
    )
    expect(exportToString(input, exportOptions('xliff21', { includeAnnotations: false }))).not.toContain('<sm')
  })

  test('markers never split a surrogate pair, and text around them loses only forbidden characters', () => {
    const xliff = exportToString(
      buildInput([{ source: ['a'], target: ['x😀\u0001y'], annotations: [annotation({ start: 2, end: 2 }), annotation({ start: 4, end: 5 })] }]),
      exportOptions('xliff21'),
    )
    expect(xliff).toContain('<target>x<sm id="a1" type="its:generic" its:locQualityIssueType="other" its:locQualityIssueSeverity="25" its:locQualityIssueComment="Other"/>😀<em startRef="a1"/>')
    expect(xliff).toContain('<em startRef="a1"/><sm id="a2"')
    expect(xliff).toContain('its:locQualityIssueComment="Other"/>y<em startRef="a2"/></target>')
  })

  test('every category maps to an ITS 2.0 issue type', () => {
    const itsTypes = 'terminology mistranslation omission untranslated addition duplication inconsistency grammar legal register locale-specific-content locale-violation style characters misspelling typographical formatting inconsistent-entities numbers markup pattern-problem whitespace internationalization length non-conformance uncategorized other'.split(' ')
    for (const category of Object.keys(itsIssueTypes) as AnnotationCategory[]) expect(itsTypes).toContain(itsIssueTypes[category])
  })

  test('comments are notes; unit ids are the bead numbers', () => {
    const xliff = exportToString(richSample(), exportOptions('xliff21'))
    expect(xliff).toContain('<notes>\n        <note id="c1" category="comment">Alice &lt;a@x&gt;, 2026-01-02T10:00:00Z (resolved): Is "quits" right? &amp; why</note>')
    expect([...xliff.matchAll(/<unit id="(\d+)"/g)].map((match) => match[1])).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(exportToString(richSample(), exportOptions('xliff21', { includeComments: false }))).not.toContain('<notes>')
  })
})
