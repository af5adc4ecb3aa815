// The sample pair the product ships: an English article and its German translation, aligned by
// hand. Every finding on it is listed here, with the reason it is right.

import { describe, expect, it } from 'vitest'
import { checkBead, expectedLengthRatio } from './index'
import { english, german, sampleBeads as beads } from './test-support/sample-pair'

const pairs = beads
  .filter(([source, target]) => source.length > 0 && target.length > 0)
  .map(([source, target]) => ({ source: source.map((i) => english[i]).join('\n'), target: target.map((i) => german[i]).join('\n') }))

function run(bead: [number[], number[]], expectedRatio?: number) {
  return checkBead({ source: bead[0].map((i) => english[i]), target: bead[1].map((i) => german[i]), sourceLang: 'en', targetLang: 'de', expectedRatio })
}

describe('the sample pair', () => {
  it('has the paragraphs the alignment assumes', () => {
    expect([english.length, german.length]).toEqual([9, 15])
  })

  describe.each([
    ['with the document ratio', expectedLengthRatio(pairs)],
    ['with the default ratio', undefined],
  ])('%s', (_case, expectedRatio) => {
    // Dates (February 5, 2026 / 5. Februar 2026), numbers (24, 24, 24, 72), NATO / NATO-Truppen,
    // US / USA, Russia / Russland, Black Sea / Schwarzen Meer, quotes “…” / „…“: all correct.
    it.each([0, 1, 2, 3, 4, 5, 6, 7])('finds nothing in the correct bead %i', (index) => {
      expect(run(beads[index], expectedRatio)).toEqual([])
    })

    it('finds the missing dash in "WaffenHyperschallraketen", and nothing else there', () => {
      const findings = run(beads[8], expectedRatio)
      const paragraph = german[9]
      const at = paragraph.indexOf('WaffenHyperschallraketen')
      expect(findings.map(({ check, severity, params, source, target }) => ({ check, severity, params, source, target }))).toEqual([
        {
          check: 'entities',
          severity: 'minor',
          params: { source: '', target: 'WaffenHyperschallraketen' },
          source: [],
          target: [{ paragraph: 0, start: at, end: at + 'WaffenHyperschallraketen'.length }],
        },
      ])
    })

    it.each([9, 10, 11, 12, 13])('reports the German-only paragraph of bead %i (credit line, link, comment form) as an addition', (index) => {
      const findings = run(beads[index], expectedRatio)
      expect(findings.map(({ check, severity }) => ({ check, severity }))).toEqual([{ check: 'empty-source', severity: 'minor' }])
    })
  })
})
