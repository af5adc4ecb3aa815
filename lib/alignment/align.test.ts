import { describe, expect, it } from 'vitest'
import { editPair, type Edit, exactRecall, expectTiling, handbookChapter, key } from './edit-pair.testing'
import { align, formatReason, type AlignedBead, type BeadRange } from './index'
import { INSTALL_GUIDE_AR, INSTALL_GUIDE_EN, INSTALL_GUIDE_ZH } from './small-pairs.testing'

const chapter = handbookChapter()
const GERMAN_CREDIT = 'Übersetzt vom deutschen Übersetzungsteam des Debian-Handbuchs.'

function expectSane(beads: AlignedBead[], n: number, m: number): void {
  expectTiling(beads, n, m)
  for (const b of beads) {
    expect(b.confidence).toBeGreaterThanOrEqual(0)
    expect(b.confidence).toBeLessThanOrEqual(1)
  }
}

const shapeOf = (b: BeadRange) => `${b.srcEnd - b.srcStart}-${b.tgtEnd - b.tgtStart}`

describe('align: each bead type on a real chapter (handbook ch. 7, en→de)', () => {
  // Each row applies one kind of translator edit at several places; every edited bead must be
  // found exactly and the rest of the chapter must stay right. Positions are paragraphs with
  // enough sentences for the edit.
  const cases: [string, string, Edit[]][] = [
    ['1-1 (no edit)', '1-1', []],
    ['2-1: two paragraphs merged', '2-1', [18, 51, 68, 91].map((at) => ({ op: 'merge', at }))],
    ['1-2: a paragraph split at a sentence break', '1-2', [17, 43, 62, 86].map((at) => ({ op: 'split', at }))],
    ['1-0: a paragraph left out', '1-0', [14, 30, 60, 90].map((at) => ({ op: 'drop', at }))],
    ['0-1: a translator\'s note added', '0-1', [14, 45, 75].map((at) => ({ op: 'add', at, text: GERMAN_CREDIT }))],
    ['2-2: a sentence moved across a paragraph break', '2-2', [50, 86, 97].map((at) => ({ op: 'move', at }))],
    ['3-1: three paragraphs merged', '3-1', [20, 71].map((at) => ({ op: 'merge', at, count: 3 }))],
    ['1-3: a paragraph split in three', '1-3', [18, 68, 100].map((at) => ({ op: 'split', at, count: 3 }))],
  ]
  it.each(cases)('%s', (_name, shape, edits) => {
    const pair = editPair(chapter.source, chapter.target, edits)
    const beads = align(pair.source, pair.target, { sourceLang: 'en', targetLang: 'de' })
    expectSane(beads, pair.source.length, pair.target.length)
    const edited = pair.gold.filter((b) => shapeOf(b) === shape)
    expect(edited.length).toBeGreaterThan(0)
    expect(beads.filter((b) => shapeOf(b) === shape).map(key)).toEqual(expect.arrayContaining(edited.map(key)))
    expect(exactRecall(pair.gold, beads)).toBeGreaterThanOrEqual(0.98)
  })

  it('handles every kind of edit in one document', () => {
    const edits: Edit[] = [
      { op: 'merge', at: 18 },
      { op: 'split', at: 24 },
      { op: 'drop', at: 30 },
      { op: 'add', at: 40, text: GERMAN_CREDIT },
      { op: 'move', at: 50 },
      { op: 'merge', at: 57 },
      { op: 'split', at: 62 },
      { op: 'add', at: 66, text: 'Zurück nach oben' },
      { op: 'drop', at: 75 },
      { op: 'merge', at: 91, count: 3 },
    ]
    const pair = editPair(chapter.source, chapter.target, edits)
    const beads = align(pair.source, pair.target)
    expectSane(beads, pair.source.length, pair.target.length)
    expect(exactRecall(pair.gold, beads)).toBeGreaterThanOrEqual(0.97)
  })

  it('gives true beads high confidence and doubtful ones reasons', () => {
    const beads = align(chapter.source, chapter.target)
    expect(beads.map(key)).toEqual(chapter.source.map((_, k) => `${k}-${k + 1}:${k}-${k + 1}`))
    const confident = beads.filter((b) => b.confidence >= 0.9).length
    expect(confident / beads.length).toBeGreaterThanOrEqual(0.95)
  })
})

describe('align: edge cases', () => {
  it('returns no beads for two empty documents', () => {
    expect(align([], [])).toEqual([])
  })

  it.each([
    ['an empty translation', ['One.', 'Two.', 'Three.'], [], 'source'],
    ['an empty original', [], ['Eins.', 'Zwei.'], 'target'],
  ] as const)('makes every paragraph its own 0-sided bead for %s', (_name, source, target, side) => {
    const beads = align([...source], [...target])
    expectSane(beads, source.length, target.length)
    expect(beads).toHaveLength(source.length + target.length)
    for (const b of beads) {
      expect(b.confidence).toBe(1)
      expect(b.reasons).toEqual([{ code: 'no-counterpart', params: { side } }])
    }
  })

  it('aligns identical texts one to one, confidently', () => {
    const beads = align(chapter.source, chapter.source)
    expect(beads.map(key)).toEqual(chapter.source.map((_, k) => `${k}-${k + 1}:${k}-${k + 1}`))
    expect(Math.min(...beads.map((b) => b.confidence))).toBeGreaterThan(0.9)
  })

  it('aligns one paragraph with one paragraph', () => {
    const beads = align(['Hello.'], ['Hallo.'])
    expect(beads.map(key)).toEqual(['0-1:0-1'])
  })

  it('survives empty and whitespace-only paragraphs', () => {
    const source = ['', 'First paragraph with 12 apples.', '   ', 'Second one.', '']
    const target = ['Erster Absatz mit 12 Äpfeln.', '', 'Zweiter.']
    expectSane(align(source, target), source.length, target.length)
  })

  it('survives huge paragraphs (a megabyte of text, with and without spaces)', () => {
    const words = Array.from({ length: 150_000 }, (_, k) => `word${k % 977}`).join(' ')
    const unbroken = '数据'.repeat(500_000)
    const source = ['Introduction.', words, 'Middle part.', unbroken, 'End.']
    const target = ['Einleitung.', words, 'Mittelteil.', unbroken, 'Ende.']
    // A cost quadratic in a paragraph's length would not finish within the test's time limit.
    const beads = align(source, target)
    expect(beads.map(key)).toEqual(['0-1:0-1', '1-2:1-2', '2-3:2-3', '3-4:3-4', '4-5:4-5'])
  })

  it('does not crash on rare shapes beyond three paragraphs a side', () => {
    // Four source paragraphs joined into one: the aligner has no 4-1 bead, so it must tile the
    // documents some other way.
    const pair = editPair(chapter.source, chapter.target, [])
    const target = [...pair.target.slice(0, 20), pair.target.slice(20, 24).join(' '), ...pair.target.slice(24)]
    expectSane(align(pair.source, target), pair.source.length, target.length)
  })

  it('reports progress up to the total, in order', () => {
    const calls: [number, number][] = []
    align(chapter.source, chapter.target, { onProgress: (done, total) => calls.push([done, total]) })
    expect(calls.length).toBeGreaterThan(10)
    const total = calls[0][1]
    expect(calls.at(-1)).toEqual([total, total])
    for (let k = 1; k < calls.length; k++) expect(calls[k][0]).toBeGreaterThanOrEqual(calls[k - 1][0])
  })

  it('samples the first pass of a long document and still finds its edits', () => {
    // Over SAMPLE_ABOVE (4000) source paragraphs the model is estimated on windows of the document.
    const copies = Math.ceil(4500 / chapter.source.length)
    const source = Array.from({ length: copies }, () => chapter.source).flat()
    const target = Array.from({ length: copies }, () => chapter.target).flat()
    const edits: Edit[] = [100, 900, 1800, 2500, 3300, 4100].flatMap((at, k): Edit[] => [
      { op: 'merge', at },
      { op: 'drop', at: at + 20 + k },
      { op: 'add', at: at + 40, text: GERMAN_CREDIT },
    ])
    const pair = editPair(source, target, edits)
    const calls: number[] = []
    const beads = align(pair.source, pair.target, { onProgress: (done) => calls.push(done) })
    expectSane(beads, pair.source.length, pair.target.length)
    expect(exactRecall(pair.gold, beads)).toBeGreaterThanOrEqual(0.98)
    for (const shape of ['2-1', '1-0', '0-1']) {
      const edited = pair.gold.filter((b) => shapeOf(b) === shape).map(key)
      expect(beads.map(key).filter((k) => edited.includes(k)).length).toBeGreaterThanOrEqual(edited.length - 1)
    }
    for (let k = 1; k < calls.length; k++) expect(calls[k]).toBeGreaterThanOrEqual(calls[k - 1])
  })

  it('is deterministic', () => {
    const pair = editPair(chapter.source, chapter.target, [{ op: 'merge', at: 18 }, { op: 'drop', at: 40 }])
    expect(align(pair.source, pair.target)).toEqual(align(pair.source, pair.target))
  })
})

describe('align: scripts without spaces and right-to-left text', () => {
  const languages = [
    ['zh', INSTALL_GUIDE_ZH, true],
    ['ar', INSTALL_GUIDE_AR, false],
  ] as const
  it.each(languages)('aligns en→%s one to one', (lang, translation) => {
    const beads = align(INSTALL_GUIDE_EN, [...translation], { sourceLang: 'en', targetLang: lang })
    expect(beads.map(key)).toEqual(INSTALL_GUIDE_EN.map((_, k) => `${k}-${k + 1}:${k}-${k + 1}`))
  })

  it.each(languages)('finds a merge, a drop and an added paragraph in en→%s', (lang, translation, cjk) => {
    const added = lang === 'zh' ? '本章由志愿者翻译。' : 'ترجم هذا الفصل متطوعون.'
    const edits: Edit[] = [
      { op: 'merge', at: 1 },
      { op: 'add', at: 8, text: added },
      { op: 'drop', at: 10 },
    ]
    const pair = editPair(INSTALL_GUIDE_EN, [...translation], edits, { cjk })
    const beads = align(pair.source, pair.target, { sourceLang: 'en', targetLang: lang })
    expectSane(beads, pair.source.length, pair.target.length)
    expect(beads.map(key)).toEqual(pair.gold.map(key))
  })

  it.each(languages)('doubts what only length can decide in en→%s', (lang, translation, cjk) => {
    // Paragraphs 3-5 share no number or name with their translations and have similar lengths:
    // which one was left out cannot be known without a dictionary, and the confidence must say so.
    for (const at of [3, 4, 5]) {
      const pair = editPair(INSTALL_GUIDE_EN, [...translation], [{ op: 'drop', at }], { cjk })
      const beads = align(pair.source, pair.target, { sourceLang: 'en', targetLang: lang })
      const gold = new Set(pair.gold.map(key))
      for (const bead of beads) if (!gold.has(key(bead))) expect(bead.confidence).toBeLessThan(0.9)
      const dropped = beads.filter((b) => b.srcStart >= 3 && b.srcEnd <= 6)
      expect(Math.min(...dropped.map((b) => b.confidence))).toBeLessThan(0.9)
    }
  })
})

describe('reasons', () => {
  it('explains a paragraph without counterpart, in English for the command line', () => {
    const pair = editPair(chapter.source, chapter.target, [{ op: 'add', at: 45, text: GERMAN_CREDIT }])
    const added = align(pair.source, pair.target).find((b) => b.srcStart === b.srcEnd)!
    expect(added.reasons.map(formatReason)).toContain('no counterpart found in the original')
  })

  it('names numbers that differ and a length far from the expected ratio', () => {
    const source = [...INSTALL_GUIDE_EN]
    const target = [...INSTALL_GUIDE_EN.map((p) => p.replace('Chapter', 'Kapitel'))]
    target[7] = 'The installation ends after about 42 minutes.'
    const bead = align(source, target).find((b) => b.srcStart === 7)!
    const texts = bead.reasons.map(formatReason)
    expect(texts).toContain('numbers differ: 30 / 42')
    expect(texts.some((text) => /^length 0\.\d× the expected ratio$/.test(text))).toBe(true)
  })

  it('lists a differing number once, not also its parts', () => {
    const source = [...INSTALL_GUIDE_EN]
    const target = [...INSTALL_GUIDE_EN]
    source[10] = 'The shop opens at 18.00 on weekdays.'
    target[10] = 'The shop opens in the evening on weekdays.'
    const bead = align(source, target).find((b) => b.srcStart === 10)!
    expect(bead.reasons.map(formatReason)).toContain('numbers differ: 18.00 / –')
  })

  it('does not count a heading merged into its paragraph as a lost sentence', () => {
    const pair = editPair(chapter.source, chapter.target, [{ op: 'merge', at: 13 }])
    const merged = align(pair.source, pair.target).find((b) => b.srcStart === 13)!
    expect(merged.srcEnd - merged.srcStart).toBe(2)
    expect(merged.reasons.map((r) => r.code)).not.toContain('sentence-count')
  })

  it('says when a source paragraph joins another', () => {
    const pair = editPair(chapter.source, chapter.target, [{ op: 'merge', at: 51 }])
    const merged = align(pair.source, pair.target).find((b) => b.srcStart === 51)!
    expect(merged.reasons.map(formatReason)).toContain('2 source paragraphs joined into one')
  })
})
