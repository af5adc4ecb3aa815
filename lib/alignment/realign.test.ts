// The anchored re-alignment the editor calls with its confirmed beads: confirmed beads never
// move, everything between them is aligned afresh, and the result always tiles both documents.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editPair, type Edit, expectTiling, handbookChapter, key } from './edit-pair.testing'
import { align, realign, requireValidAnchors, type AlignedBead, type BeadRange } from './index'
import { INSTALL_GUIDE_AR, INSTALL_GUIDE_EN } from './small-pairs.testing'

const chapter = handbookChapter()

/** Every anchor is in the result, unchanged, confirmed; every other bead is the aligner's own. */
function requireAnchorsKept(result: AlignedBead[], anchors: BeadRange[]): void {
  const byKey = new Map(result.map((b) => [key(b), b]))
  for (const anchor of anchors) {
    const bead = byKey.get(key(anchor))
    expect(bead, `anchor ${key(anchor)} kept`).toBeDefined()
    expect(bead).toEqual({ ...range(anchor), confidence: 1, reasons: [{ code: 'confirmed', params: {} }] })
  }
  const anchorKeys = new Set(anchors.map(key))
  for (const bead of result) {
    expect(bead.confidence).toBeGreaterThanOrEqual(0)
    expect(bead.confidence).toBeLessThanOrEqual(1)
    if (anchorKeys.has(key(bead))) continue
    // A 0-sided bead the aligner makes holds exactly one paragraph.
    if (bead.srcStart === bead.srcEnd || bead.tgtStart === bead.tgtEnd) expect(bead.srcEnd - bead.srcStart + bead.tgtEnd - bead.tgtStart).toBe(1)
    expect(bead.reasons.some((r) => r.code === 'confirmed')).toBe(false)
  }
}

const range = ({ srcStart, srcEnd, tgtStart, tgtEnd }: BeadRange): BeadRange => ({ srcStart, srcEnd, tgtStart, tgtEnd })

/** A random tiling of n × m paragraphs with beads of up to four paragraphs a side (editors make any shape). */
function tilingFrom(n: number, m: number, choices: number[]): BeadRange[] {
  const beads: BeadRange[] = []
  let s = 0
  let t = 0
  let k = 0
  while (s < n || t < m) {
    const choice = choices[k++ % choices.length]
    let a = choice % 5
    let b = Math.floor(choice / 5) % 5
    if (s === n) a = 0
    if (t === m) b = 0
    a = Math.min(a, n - s)
    b = Math.min(b, m - t)
    if (a === 0 && b === 0) a = s < n ? 1 : 0
    if (a === 0 && b === 0) b = 1
    // A bead without counterpart holds one paragraph.
    if (a === 0) b = 1
    if (b === 0) a = 1
    beads.push({ srcStart: s, srcEnd: s + a, tgtStart: t, tgtEnd: t + b })
    s += a
    t += b
  }
  return beads
}

const EDIT_KINDS = ['merge', 'split', 'drop', 'add', 'move'] as const
// Paragraphs of the chapter with at least two sentences (split and move need them).
const MULTI_SENTENCE = [17, 18, 19, 21, 24, 43, 47, 50, 51, 52, 57, 59, 62, 63, 68, 70, 79, 81, 83, 86, 88, 91, 93, 97, 98, 100]

/** A random stretch of the chapter with random translator edits. */
const editedPairs = fc
  .record({
    from: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 1, max: 41 }),
    edits: fc.uniqueArray(fc.record({ at: fc.constantFrom(...MULTI_SENTENCE), op: fc.constantFrom(...EDIT_KINDS) }), { selector: (e) => e.at, maxLength: 6 }),
  })
  .map(({ from, length, edits }) => {
    // Edits touch at most paragraphs at and at + 1: keep them apart so they do not overlap.
    const spaced = edits.filter((e, k) => edits.every((other, j) => j === k || Math.abs(other.at - e.at) > 2))
    const whole = editPair(
      chapter.source,
      chapter.target,
      spaced.map((e): Edit => (e.op === 'add' ? { op: 'add', at: e.at, text: 'Anmerkung des Übersetzers.' } : { op: e.op, at: e.at })),
    )
    // Cut a stretch at bead boundaries, renumbered from zero.
    const inside = whole.gold.filter((b) => b.srcStart >= from && b.srcEnd <= from + length)
    const beads = inside.length ? inside : whole.gold
    const first = beads[0]
    const last = beads[beads.length - 1]
    const gold = beads.map((b) => ({ srcStart: b.srcStart - first.srcStart, srcEnd: b.srcEnd - first.srcStart, tgtStart: b.tgtStart - first.tgtStart, tgtEnd: b.tgtEnd - first.tgtStart }))
    return {
      source: whole.source.slice(first.srcStart, last.srcEnd),
      target: whole.target.slice(first.tgtStart, last.tgtEnd),
      gold,
    }
  })

// Property tests run a few hundred alignments: more than vitest's default 5 s on a busy machine.
describe('realign', { timeout: 120_000 }, () => {
  it('with no anchors is align', () => {
    const pair = editPair(chapter.source, chapter.target, [{ op: 'merge', at: 18 }, { op: 'add', at: 40, text: 'Zurück nach oben' }])
    expect(realign(pair.source, pair.target, [])).toEqual(align(pair.source, pair.target))
  })

  it('keeps random subsets of the true beads and tiles the documents (property)', () => {
    fc.assert(
      fc.property(editedPairs, fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }), (pair, pick) => {
        const anchors = pair.gold.filter((_, k) => pick[k])
        const result = realign(pair.source, pair.target, anchors)
        expectTiling(result, pair.source.length, pair.target.length)
        requireAnchorsKept(result, anchors)
      }),
      { numRuns: 60 },
    )
  })

  it('keeps anchors of any shape, even wrong ones, and tiles the documents (property)', () => {
    fc.assert(
      fc.property(
        editedPairs,
        fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        (pair, choices, pick) => {
          const tiling = tilingFrom(pair.source.length, pair.target.length, choices)
          const anchors = tiling.filter((_, k) => pick[k % pick.length])
          const result = realign(pair.source, pair.target, anchors)
          expectTiling(result, pair.source.length, pair.target.length)
          requireAnchorsKept(result, anchors)
        },
      ),
      { numRuns: 80 },
    )
  })

  it('never crashes on arbitrary text, including empty documents and sides (property)', () => {
    const texts = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.lorem({ maxCount: 12 })), { maxLength: 25 })
    fc.assert(
      fc.property(texts, texts, fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 20 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), (source, target, choices, pick) => {
        const tiling = source.length + target.length ? tilingFrom(source.length, target.length, choices) : []
        const anchors = tiling.filter((_, k) => pick[k % pick.length])
        const result = realign(source, target, anchors)
        expectTiling(result, source.length, target.length)
        requireAnchorsKept(result, anchors)
      }),
      { numRuns: 150 },
    )
  })

  it('returns exactly the anchors when they cover everything', () => {
    const pair = editPair(chapter.source, chapter.target, [{ op: 'merge', at: 18 }, { op: 'drop', at: 30 }, { op: 'move', at: 50 }])
    const result = realign(pair.source, pair.target, pair.gold)
    expect(result.map(key)).toEqual(pair.gold.map(key))
    expect(result.every((b) => b.confidence === 1)).toBe(true)
  })

  it('returns only the range of an anchor, never the caller\'s own fields', () => {
    const anchor = { srcStart: 0, srcEnd: 1, tgtStart: 0, tgtEnd: 1, id: 'bead-7', isConfirmed: true }
    const [first] = realign(chapter.source, chapter.target, [anchor])
    expect(first).toEqual({ srcStart: 0, srcEnd: 1, tgtStart: 0, tgtEnd: 1, confidence: 1, reasons: [{ code: 'confirmed', params: {} }] })
  })

  it('lets a confirmed bead settle what the text alone cannot', () => {
    // en→ar with paragraph 5 left out: length alone cannot tell 4 from 5 (see align.test.ts).
    const pair = editPair(INSTALL_GUIDE_EN, [...INSTALL_GUIDE_AR], [{ op: 'drop', at: 5 }])
    const dropped = pair.gold.find((b) => b.srcStart === 5)!
    const result = realign(pair.source, pair.target, [dropped])
    expect(result.map(key)).toEqual(pair.gold.map(key))
  })

  it('re-aligns the stretch after a wrong anchor consistently', () => {
    // The editor confirms a bead that shifts everything after it by one target paragraph.
    const wrong = { srcStart: 10, srcEnd: 11, tgtStart: 10, tgtEnd: 12 }
    const result = realign(chapter.source, chapter.target, [wrong])
    expectTiling(result, chapter.source.length, chapter.target.length)
    requireAnchorsKept(result, [wrong])
    // Before the anchor nothing changed; after it the aligner resynchronises within a few beads.
    expect(result.filter((b) => b.srcEnd <= 10).map(key)).toEqual(Array.from({ length: 10 }, (_, k) => `${k}-${k + 1}:${k}-${k + 1}`))
    const later = result.filter((b) => b.srcStart >= 16)
    expect(later.every((b) => b.srcEnd - b.srcStart === 1 && b.tgtEnd - b.tgtStart === 1 && b.srcStart === b.tgtStart)).toBe(true)
  })
})

describe('requireValidAnchors', () => {
  const ok = { srcStart: 0, srcEnd: 1, tgtStart: 0, tgtEnd: 1 }
  it.each([
    ['not integers', [{ ...ok, srcEnd: 1.5 }], /integers/],
    ['a range ending before it starts', [{ srcStart: 2, srcEnd: 1, tgtStart: 0, tgtEnd: 1 }], /ends before it starts/],
    ['out of range', [{ srcStart: 4, srcEnd: 6, tgtStart: 0, tgtEnd: 1 }], /out of range/],
    ['negative', [{ srcStart: -1, srcEnd: 0, tgtStart: 0, tgtEnd: 1 }], /out of range/],
    ['empty on both sides', [{ srcStart: 1, srcEnd: 1, tgtStart: 1, tgtEnd: 1 }], /empty on both sides/],
    ['a 0-sided bead of two paragraphs', [{ srcStart: 0, srcEnd: 2, tgtStart: 0, tgtEnd: 0 }], /exactly one paragraph/],
    ['overlapping', [ok, { srcStart: 0, srcEnd: 2, tgtStart: 1, tgtEnd: 2 }], /overlaps/],
    ['out of order', [{ srcStart: 2, srcEnd: 3, tgtStart: 2, tgtEnd: 3 }, ok], /overlaps or precedes/],
  ])('rejects anchors that are %s', (_name, anchors, message) => {
    expect(() => requireValidAnchors(anchors, 5, 5)).toThrow(message)
    expect(() => realign(['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd', 'e'], anchors)).toThrow(message)
  })

  it('accepts adjacent anchors and 0-sided ones', () => {
    expect(() => requireValidAnchors([ok, { srcStart: 1, srcEnd: 2, tgtStart: 1, tgtEnd: 1 }, { srcStart: 2, srcEnd: 2, tgtStart: 1, tgtEnd: 2 }], 5, 5)).not.toThrow()
  })
})
