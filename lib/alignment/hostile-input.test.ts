// Random and hostile input for the aligner (issue 7): any paragraphs at all (empty, huge,
// control characters, lone surrogates, one repeated text, wildly different lengths, any
// script) and any valid anchors. The aligner never throws, always returns beads that tile
// both texts with allowed shapes and confidences in [0, 1], and finishes within a time bound.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { align, realign } from './index'
import type { AlignedBead, BeadRange } from './types'

/** Per call; ten times the slowest seen on a busy 2-core machine (3,000 equal sentences: 1 s). */
const TIME_LIMIT_MS = 10_000

function expectTiling(beads: AlignedBead[], sourceCount: number, targetCount: number) {
  let src = 0
  let tgt = 0
  for (const bead of beads) {
    expect(bead.srcStart).toBe(src)
    expect(bead.tgtStart).toBe(tgt)
    expect(bead.srcEnd - bead.srcStart + (bead.tgtEnd - bead.tgtStart)).toBeGreaterThan(0)
    expect(bead.srcEnd).toBeGreaterThanOrEqual(bead.srcStart)
    expect(bead.tgtEnd).toBeGreaterThanOrEqual(bead.tgtStart)
    expect(Number.isFinite(bead.confidence) && bead.confidence >= 0 && bead.confidence <= 1).toBe(true)
    expect(Array.isArray(bead.reasons)).toBe(true)
    src = bead.srcEnd
    tgt = bead.tgtEnd
  }
  expect([src, tgt]).toEqual([sourceCount, targetCount])
}

function timed<T>(run: () => T): T {
  const started = performance.now()
  const result = run()
  expect(performance.now() - started, 'aligner time (ms)').toBeLessThan(TIME_LIMIT_MS)
  return result
}

const paragraph = fc.oneof(
  { weight: 4, arbitrary: fc.lorem({ maxCount: 12 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\uD800', '12 34 56', '<script>alert(1)</script>', 'العربية', '中文文本', 'x'.repeat(20_000)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e9 }).map((n) => `Paragraph ${n}.`) },
)
const texts = fc.array(paragraph, { maxLength: 60 })
const language = fc.constantFrom('en', 'de', 'fr', 'ar', 'zh', 'ja', 'und', 'xx-invalid', '')

/** Valid anchors: a random increasing chain of beads inside both documents (a one-sided bead holds one paragraph). */
function anchorsFor(sourceCount: number, targetCount: number) {
  return fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), { maxLength: 6 }).map((picks) => {
    const anchors: BeadRange[] = []
    let src = 0
    let tgt = 0
    for (const [skipS, skipT, pickS, pickT] of picks) {
      const lenS = pickT === 0 ? 1 : pickS
      const lenT = lenS === 0 ? 1 : pickT
      const srcStart = src + (skipS % 4)
      const tgtStart = tgt + (skipT % 4)
      const srcEnd = srcStart + lenS
      const tgtEnd = tgtStart + lenT
      if (srcEnd > sourceCount || tgtEnd > targetCount) break
      anchors.push({ srcStart, srcEnd, tgtStart, tgtEnd })
      src = srcEnd
      tgt = tgtEnd
    }
    return anchors
  })
}

describe('the aligner on random and hostile input', { timeout: 120_000 }, () => {
  it('never throws, always tiles both texts, and stays within the time bound', () => {
    fc.assert(
      fc.property(texts, texts, language, language, (source, target, sourceLang, targetLang) => {
        const beads = timed(() => align(source, target, { sourceLang, targetLang }))
        expectTiling(beads, source.length, target.length)
      }),
      { numRuns: 200 },
    )
  })

  it('re-aligning around any valid anchors keeps every anchor and tiles both texts', () => {
    const input = fc.tuple(texts, texts).chain(([source, target]) => fc.tuple(fc.constant(source), fc.constant(target), anchorsFor(source.length, target.length)))
    fc.assert(
      fc.property(input, ([source, target, anchors]) => {
        const beads = timed(() => realign(source, target, anchors))
        expectTiling(beads, source.length, target.length)
        for (const anchor of anchors) expect(beads).toContainEqual(expect.objectContaining(anchor))
      }),
      { numRuns: 200 },
    )
  })

  it.each([
    ['the same sentence 3,000 times on both sides', Array(3_000).fill('The same sentence.'), Array(3_000).fill('Derselbe Satz.')],
    ['3,000 paragraphs against one', Array.from({ length: 3_000 }, (_, k) => `Paragraph ${k}.`), ['Ein Absatz.']],
    ['one empty side', Array.from({ length: 500 }, (_, k) => `Paragraph ${k}.`), []],
    ['two 1 MB paragraphs', ['a '.repeat(500_000)], ['b '.repeat(500_000)]],
  ])('%s', (_name, source, target) => {
    expectTiling(timed(() => align(source, target, { sourceLang: 'en', targetLang: 'de' })), source.length, target.length)
  })

  it('refuses invalid anchors with a clear error instead of a broken result', () => {
    expect(() => realign(['a', 'b'], ['x'], [{ srcStart: 1, srcEnd: 3, tgtStart: 0, tgtEnd: 1 }])).toThrow()
  })
})
