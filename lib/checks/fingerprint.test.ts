import { describe, expect, it } from 'vitest'
import { checkBead } from './index'
import type { CheckInput } from './types'

const bead: CheckInput = {
  source: ['In the first 24 hours the army would respond.', 'NATO troops would follow.'],
  target: ['In den ersten 42 Stunden würde die Armee reagieren.', 'Truppen würden folgen.'],
  sourceLang: 'en',
  targetLang: 'de',
}

function fingerprints(input: CheckInput): string[] {
  return checkBead(input).map((finding) => finding.fingerprint)
}

describe('fingerprint', () => {
  it('is the same for the same texts, and names its check', () => {
    const first = fingerprints(bead)
    expect(first).toEqual(fingerprints(structuredClone(bead)))
    expect(first).toHaveLength(2)
    expect(first[0]).toMatch(/^numbers:[0-9a-f]{16}$/)
    expect(first[1]).toMatch(/^entities:[0-9a-f]{16}$/)
  })

  it.each([
    ['a character of the source', { ...bead, source: ['In the first 24 hours the army would respond!', bead.source[1]] }],
    ['a character of the target', { ...bead, target: [bead.target[0], 'Truppen würden folgen!'] }],
    ['a space in the target', { ...bead, target: [`${bead.target[0]} `, bead.target[1]] }],
    ['where the paragraphs break', { ...bead, source: [`${bead.source[0]} NATO`, 'troops would follow.'] }],
    ['text moved from one side to the other', { ...bead, source: [...bead.source, 'x'], target: bead.target }],
  ])('changes when %s changes', (_case, changed) => {
    const before = fingerprints(bead)
    const after = fingerprints(changed)
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((fingerprint) => !before.includes(fingerprint))).toBe(true)
  })

  it('does not change with the document ratio, so a dismissal survives edits elsewhere', () => {
    const long = { ...bead, target: [bead.target[0], 'Truppen würden folgen, und zwar sehr viele Truppen aus vielen Ländern der Welt.'] }
    const [atOne] = checkBead({ ...long, expectedRatio: 0.5 }).filter((finding) => finding.check === 'length-ratio')
    const [atOther] = checkBead({ ...long, expectedRatio: 0.55 }).filter((finding) => finding.check === 'length-ratio')
    expect(atOne.params.expected).not.toBe(atOther.params.expected)
    expect(atOne.fingerprint).toBe(atOther.fingerprint)
  })

  it('tells apart findings of different checks on the same texts', () => {
    const [numbers, entities] = fingerprints(bead)
    expect(numbers.split(':')[1]).not.toBe(entities.split(':')[1])
  })
})
