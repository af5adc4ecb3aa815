import { describe, expect, it } from 'vitest'
import { checkAlignment, documentRatio, type BeadTexts, type CheckProgress } from './check-alignment'
import { checkBead } from './check-bead'
import type { Finding } from './types'

const beads: BeadTexts[] = [
  { id: 10, source: ['The meeting lasts 24 minutes.'], target: ['Die Sitzung dauert 42 Minuten.'] },
  { id: 11, source: ['Everything is fine here.'], target: ['Hier ist alles in Ordnung.'] },
  { id: 12, source: ['The original paragraph the translator left out entirely.'], target: [] },
]

class CountingCache extends Map<string, Finding[]> {
  gets = 0
  override get(key: string) {
    this.gets++
    return super.get(key)
  }
}

describe('checkAlignment', () => {
  it('gives each bead its findings with its id and 1-based number, as checkBead would', async () => {
    const findings = await checkAlignment(beads, { sourceLang: 'en', targetLang: 'de' })
    expect(findings.map(({ check, beadId, beadNumber }) => [check, beadId, beadNumber])).toEqual([
      ['numbers', 10, 1],
      ['empty-target', 12, 3],
    ])
    const expectedRatio = documentRatio(beads)
    const { beadId: _id, beadNumber: _number, ...first } = findings[0]!
    expect(first).toEqual(checkBead({ ...beads[0]!, sourceLang: 'en', targetLang: 'de', expectedRatio })[0])
    expect(first.diff.some((part) => part.added) && first.diff.some((part) => part.removed)).toBe(true)
  })

  it('reuses the findings of beads whose texts and context did not change', async () => {
    const cache = new CountingCache()
    await checkAlignment(beads, { sourceLang: 'en', targetLang: 'de', cache })
    expect(cache.size).toBe(3)
    const edited = beads.map((bead) => (bead.id === 10 ? { ...bead, target: ['Die Sitzung dauert 24 Minuten.'] } : bead))
    const again = await checkAlignment(edited, { sourceLang: 'en', targetLang: 'de', cache })
    // Only the edited bead was new to the cache; its numbers finding is gone.
    expect(cache.size).toBe(4)
    expect(again.map((finding) => finding.check)).toEqual(['empty-target'])
    // Another language pair is another context.
    await checkAlignment(beads, { sourceLang: 'en', targetLang: 'fr', cache })
    expect(cache.size).toBe(7)
  })

  it('reports progress up to the total', async () => {
    const seen: CheckProgress[] = []
    const many = Array.from({ length: 600 }, (_, i) => ({ id: i + 1, source: [`Sentence number ${i}.`], target: [`Satz Nummer ${i}.`] }))
    await checkAlignment(many, { sourceLang: 'en', targetLang: 'de', onProgress: (progress) => seen.push(progress) })
    expect(seen.at(-1)).toEqual({ done: 600, total: 600 })
    expect(seen.length).toBeGreaterThan(1)
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1]!.done)).toBe(true)
  })

  it('rounds the document ratio to 1 %', () => {
    expect(documentRatio([{ id: 1, source: ['a'.repeat(100)], target: ['b'.repeat(123)] }])).toBe(1.23)
    expect(documentRatio([{ id: 1, source: ['a'.repeat(1000)], target: ['b'.repeat(1234)] }])).toBe(1.23)
    expect(documentRatio([])).toBe(1)
  })
})
