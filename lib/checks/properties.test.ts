import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkBead, checkCodes } from './index'

// Text made of the characters the checks react to, so that the properties reach their branches
// (numbers, dates, links, quotes, brackets, scripts), mixed with arbitrary Unicode.
const interesting = fc.constantFrom(
  ...'aZé09٣５ .,:;!?()[]{}（）«»„“”"\'/-_@~=→\n\u00A0\u202F'.split(''),
  'NATO', 'Witkoff', 'Februar', 'May', '2026', '1,000.5', '14h30', '2:30 pm', 'www.a.de', 'https://x.org/(a)', 'x@y.org', '一', 'ext4', '/etc/fstab',
)
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: interesting, maxLength: 60 }))
const paragraphs = fc.array(text, { maxLength: 3 })
const language = fc.constantFrom('en', 'de', 'fr', 'ru', 'zh', 'ar', 'en-US', 'de-CH', 'xx', '')
const ratio = fc.option(fc.oneof(fc.double(), fc.constant(0), fc.constant(1.2)), { nil: undefined })

describe('checkBead on any input', () => {
  it('never throws, and keeps every span inside its paragraph', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, language, language, ratio, (source, target, sourceLang, targetLang, expectedRatio) => {
        for (const finding of checkBead({ source, target, sourceLang, targetLang, expectedRatio })) {
          for (const [side, spans] of [[source, finding.source], [target, finding.target]] as const) {
            for (const span of spans) {
              expect(span.paragraph).toBeGreaterThanOrEqual(0)
              expect(span.paragraph).toBeLessThan(side.length)
              expect(0 <= span.start && span.start <= span.end && span.end <= side[span.paragraph].length).toBe(true)
            }
          }
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('gives well-formed findings in the order of checkCodes, the same each time', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, language, language, (source, target, sourceLang, targetLang) => {
        const findings = checkBead({ source, target, sourceLang, targetLang })
        expect(checkBead({ source, target, sourceLang, targetLang })).toEqual(findings)
        const order = findings.map((finding) => checkCodes.indexOf(finding.check))
        expect(order).toEqual([...order].sort((a, b) => a - b))
        expect(new Set(findings.map((finding) => finding.check)).size).toBe(findings.length)
        for (const finding of findings) {
          expect(['minor', 'major', 'critical']).toContain(finding.severity)
          expect(finding.fingerprint).toMatch(new RegExp(`^${finding.check}:[0-9a-f]{16}$`))
          for (const value of Object.values(finding.params)) expect(['string', 'number']).toContain(typeof value)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
