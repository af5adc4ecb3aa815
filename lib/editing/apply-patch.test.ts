import { describe, expect, it } from 'vitest'
import { applyPatch as apply, type EditorModel, type ModelPatch } from './apply-patch'

type B = { id: number; srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }
type U = { kind: string }
const applyPatch = (model: EditorModel<B, U>, patch: ModelPatch<B, U>) => apply(model, patch)
const model = (): EditorModel<B, U> => ({
  version: 3,
  beads: [
    { id: 1, srcStart: 0, srcEnd: 1, tgtStart: 0, tgtEnd: 1 },
    { id: 2, srcStart: 1, srcEnd: 2, tgtStart: 1, tgtEnd: 2 },
    { id: 3, srcStart: 2, srcEnd: 3, tgtStart: 2, tgtEnd: 3 },
  ],
  source: { paragraphs: ['S1', 'S2', 'S3'], paragraphIds: [11, 12, 13], textsLoaded: 3 },
  target: { paragraphs: ['T1', 'T2', 'T3'], paragraphIds: [21, 22, 23], textsLoaded: 3 },
  undo: null,
  redo: null,
})

describe('applyPatch', () => {
  it('replaces the changed beads and takes version and undo from the answer', () => {
    const merged = { id: 9, srcStart: 0, srcEnd: 2, tgtStart: 0, tgtEnd: 2 }
    const result = applyPatch(model(), { version: 4, from: 0, to: 2, beads: [merged], paragraphs: [], undo: { kind: 'beads.merged' }, redo: null })
    expect(result.beads.map((b) => b.id)).toEqual([9, 3])
    expect(result).toMatchObject({ version: 4, undo: { kind: 'beads.merged' } })
  })

  it('splices paragraphs and moves the beads after a split paragraph down on that side only', () => {
    const grown = { id: 8, srcStart: 1, srcEnd: 3, tgtStart: 1, tgtEnd: 2 }
    const result = applyPatch(model(), {
      version: 4,
      from: 1,
      to: 2,
      beads: [grown],
      paragraphs: [{ side: 'source', from: 1, to: 2, texts: ['S2a', 'S2b'], ids: [12, 14] }],
      undo: null,
      redo: null,
    })
    expect(result.source).toEqual({ paragraphs: ['S1', 'S2a', 'S2b', 'S3'], paragraphIds: [11, 12, 14, 13], textsLoaded: 4 })
    expect(result.target).toEqual(model().target)
    expect(result.beads.at(-1)).toEqual({ id: 3, srcStart: 3, srcEnd: 4, tgtStart: 2, tgtEnd: 3 })
  })

  it('changes only the text of an edited paragraph', () => {
    const result = applyPatch(model(), { version: 4, from: 0, to: 0, beads: [], paragraphs: [{ side: 'target', from: 2, to: 3, texts: ['T3!'], ids: [23] }], undo: null, redo: null })
    expect(result.target.paragraphs).toEqual(['T1', 'T2', 'T3!'])
    expect(result.beads).toEqual(model().beads)
  })

  it.each([
    ['inside the loaded texts', 2, { from: 0, to: 1, texts: ['S1a', 'S1b'], ids: [11, 14] }, 3],
    ['after them', 1, { from: 2, to: 3, texts: ['S3a', 'S3b'], ids: [13, 14] }, 1],
    ['across their end', 2, { from: 1, to: 3, texts: ['S2+S3'], ids: [12] }, 2],
  ])('keeps the loaded texts a prefix when a change lies %s', (_name, loaded, change, expected) => {
    const start = model()
    start.source = { ...start.source, textsLoaded: loaded, paragraphs: start.source.paragraphs.map((p, k) => (k < loaded ? p : '')) }
    const result = applyPatch(start, { version: 4, from: 0, to: 0, beads: [], paragraphs: [{ side: 'source', ...change }], undo: null, redo: null })
    expect(result.source.textsLoaded).toBe(expected)
    expect(result.source.paragraphs.slice(0, expected).every(Boolean)).toBe(true)
  })

  it('leaves the model it was given unchanged', () => {
    const before = model()
    applyPatch(before, { version: 4, from: 0, to: 3, beads: [], paragraphs: [{ side: 'target', from: 0, to: 1, texts: [], ids: [] }], undo: null, redo: null })
    expect(before).toEqual(model())
  })
})
