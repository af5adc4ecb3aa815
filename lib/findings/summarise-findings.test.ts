import { describe, expect, it } from 'vitest'
import type { FindingView } from './compute-findings'
import { suggestedCategory, suggestedSeverity } from './finding-category'
import { pageOfFindings, summariseFindings } from './summarise-findings'

const finding = (check: FindingView['check'], severity: FindingView['severity'], beadId: number, isDismissed = false): FindingView => ({
  check,
  severity,
  params: {},
  source: [],
  target: [],
  diff: [],
  fingerprint: `${check}:${String(beadId).padStart(16, '0')}`,
  beadId,
  beadNumber: beadId,
  isDismissed,
})

const findings = [finding('numbers', 'major', 3), finding('numbers', 'major', 1), finding('entities', 'minor', 1), finding('empty-target', 'major', 5, true), finding('untranslated', 'critical', 4)]

describe('summariseFindings', () => {
  it('counts open findings by check and severity, dismissed ones apart, and open findings per bead', () => {
    const summary = summariseFindings(findings, 10)
    expect(summary).toMatchObject({ beads: 10, open: 4, dismissed: 1, beadsWithOpenFindings: 3, openByBead: { 1: 2, 3: 1, 4: 1 } })
    expect(summary.byCheck.map((c) => c.check)).toEqual(['numbers', 'dates', 'urls', 'emails', 'entities', 'brackets', 'quotes', 'untranslated', 'wrong-language', 'empty-source', 'empty-target', 'length-ratio'])
    expect(summary.byCheck.find((c) => c.check === 'numbers')).toEqual({ check: 'numbers', open: { minor: 0, major: 2, critical: 0 }, openTotal: 2, dismissed: 0 })
    expect(summary.byCheck.find((c) => c.check === 'empty-target')).toMatchObject({ openTotal: 0, dismissed: 1 })
  })

  it('pages one check, most severe first, then in document order', () => {
    expect(pageOfFindings(findings, { check: 'numbers', status: 'open', offset: 0, limit: 1 })).toEqual({ total: 2, items: [findings[1]] })
    expect(pageOfFindings(findings, { check: 'numbers', status: 'open', offset: 1, limit: 5 }).items).toEqual([findings[0]])
    expect(pageOfFindings(findings, { check: 'empty-target', status: 'open', offset: 0, limit: 5 }).total).toBe(0)
    expect(pageOfFindings(findings, { check: 'empty-target', status: 'dismissed', offset: 0, limit: 5 }).total).toBe(1)
    expect(pageOfFindings(findings, { check: 'empty-target', status: 'all', offset: 0, limit: 5 }).total).toBe(1)
  })
})

describe('the annotation a finding suggests', () => {
  it.each([
    [{ check: 'empty-target', params: {} }, 'OMISSION'],
    [{ check: 'empty-source', params: {} }, 'ADDITION'],
    [{ check: 'numbers', params: {} }, 'NUMBERS'],
    [{ check: 'length-ratio', params: { direction: 'longer' } }, 'ADDITION'],
    [{ check: 'length-ratio', params: { direction: 'shorter' } }, 'OMISSION'],
    [{ check: 'wrong-language', params: {} }, 'UNTRANSLATED'],
  ] as const)('%j is %s', (input, category) => {
    expect(suggestedCategory(input)).toBe(category)
  })

  it('keeps the severity', () => {
    expect([suggestedSeverity({ severity: 'minor' }), suggestedSeverity({ severity: 'major' }), suggestedSeverity({ severity: 'critical' })]).toEqual(['MINOR', 'MAJOR', 'CRITICAL'])
  })
})
