import { describe, expect, it } from 'vitest'
import { annotationKind, beadIndexHolding, layReview, positionsById, unresolvedCount, type MarkedAnnotation } from './review-layer'

// "1-1 1-1 0-1 2-1": source paragraphs 0,1,2,3 and 4; target paragraphs 0..3.
const beads = [
  { id: 11, srcStart: 0, srcEnd: 1, tgtStart: 0, tgtEnd: 1 },
  { id: 12, srcStart: 1, srcEnd: 2, tgtStart: 1, tgtEnd: 2 },
  { id: 13, srcStart: 2, srcEnd: 2, tgtStart: 2, tgtEnd: 3 },
  { id: 14, srcStart: 2, srcEnd: 4, tgtStart: 3, tgtEnd: 4 },
]
const paragraphIds = { source: [100, 101, 102, 103], target: [200, 201, 202, 203] }
const texts = { source: ['One.', 'Two.', 'Three.', 'Four.'], target: ['Eins.', 'Zwei.', 'Extra.', 'Drei. Vier.'] }

const annotation = (over: Partial<MarkedAnnotation>): MarkedAnnotation => ({
  id: 1,
  paragraphId: 201,
  side: 'target',
  position: 1,
  start: 0,
  end: 4,
  text: 'Zwei',
  category: 'MISTRANSLATION',
  severity: 'MAJOR',
  status: 'OPEN',
  ...over,
})

describe('beadIndexHolding', () => {
  it.each([
    ['source', 0, 0],
    ['source', 1, 1],
    // Source paragraph 2 is in the 2-1 bead, not in the 0-1 bead before it.
    ['source', 2, 3],
    ['source', 3, 3],
    ['target', 2, 2],
    ['target', 3, 3],
    ['source', 4, -1],
  ] as const)('%s paragraph %i is in bead index %i', (side, position, expected) => {
    expect(beadIndexHolding(beads, side, position)).toBe(expected)
  })
})

describe('layReview', () => {
  it('counts threads, annotations and open findings on the bead that holds them now', () => {
    const layer = layReview({
      beads,
      paragraphIds,
      texts,
      annotations: [annotation({}), annotation({ id: 2, paragraphId: 103, side: 'source', position: 3, start: 0, end: 4, text: 'Four', category: 'OMISSION', severity: 'MINOR', status: 'RESOLVED' })],
      threads: [
        { id: 7, paragraphId: 100, side: 'source', isResolved: false },
        { id: 8, paragraphId: 100, side: 'source', isResolved: true },
        { id: 9, paragraphId: 202, side: 'target', isResolved: false },
      ],
      findings: [
        { beadId: 14, check: 'numbers', severity: 'major', isDismissed: false },
        { beadId: 14, check: 'entities', severity: 'minor', isDismissed: false },
        { beadId: 14, check: 'numbers', severity: 'critical', isDismissed: true },
        // A bead an edit replaced: its findings wait for the next read.
        { beadId: 99, check: 'numbers', severity: 'major', isDismissed: false },
      ],
    })
    expect(layer.facts[0]).toMatchObject({ openThreads: 1, resolvedThreads: 1, annotations: [] })
    expect(layer.facts[1]!.annotations).toEqual([{ id: 1, category: 'MISTRANSLATION', severity: 'MAJOR', status: 'OPEN' }])
    expect(layer.facts[2]).toMatchObject({ openThreads: 1 })
    expect(layer.facts[3]).toMatchObject({ openFindings: 2, dismissedFindings: 1, checks: ['numbers', 'entities'], worstFinding: 'major' })
    expect(unresolvedCount(layer.facts[3]!)).toBe(0)
    expect(unresolvedCount(layer.facts[1]!)).toBe(1)
    expect(layer.openThreadBeads).toEqual([0, 2])
    expect(layer.annotationsAt.get('target:1')).toEqual([expect.objectContaining({ id: 1, at: 1, bead: 1, isDrawable: true })])
  })

  it('follows a paragraph by its id when paragraphs moved (a split before it), and a merge of beads at once', () => {
    // Target paragraph 201 is now at position 2 (a paragraph was split before it); beads 0 and 1 are merged.
    const merged = [
      { id: 20, srcStart: 0, srcEnd: 2, tgtStart: 0, tgtEnd: 3 },
      { id: 14, srcStart: 2, srcEnd: 4, tgtStart: 3, tgtEnd: 5 },
    ]
    const layer = layReview({
      beads: merged,
      paragraphIds: { source: paragraphIds.source, target: [200, 250, 201, 202, 203] },
      texts: { source: texts.source, target: ['Ei', 'ns.', 'Zwei.', 'Extra.', 'Drei. Vier.'] },
      annotations: [annotation({})],
      threads: [{ id: 9, paragraphId: 202, side: 'target', isResolved: false }],
      findings: [],
    })
    expect(layer.annotationsAt.get('target:2')).toEqual([expect.objectContaining({ id: 1, at: 2, bead: 0, isDrawable: true })])
    expect(layer.facts[0]).toMatchObject({ annotations: [expect.objectContaining({ id: 1 })] })
    expect(layer.facts[1]).toMatchObject({ openThreads: 1 })
  })

  it('does not draw a span on a text that changed since the marks were read (the server moves it)', () => {
    const layer = layReview({ beads, paragraphIds, texts: { ...texts, target: ['Eins.', 'Zwo.', 'Extra.', 'Drei. Vier.'] }, annotations: [annotation({})], threads: [], findings: [] })
    expect(layer.annotationsAt.get('target:1')![0]!.isDrawable).toBe(false)
    // Still counted on its bead.
    expect(layer.facts[1]!.annotations).toHaveLength(1)
  })

  it('uses the position the marks saw for paragraphs whose id has not loaded yet', () => {
    const layer = layReview({ beads, paragraphIds: { source: [100, 0, 0, 0], target: [200, 0, 0, 0] }, texts: { source: ['One.', '', '', ''], target: ['Eins.', '', '', ''] }, annotations: [annotation({})], threads: [], findings: [] })
    expect(layer.annotationsAt.get('target:1')).toEqual([expect.objectContaining({ bead: 1, isDrawable: false })])
  })

  it('leaves beads with nothing on them empty', () => {
    expect(layReview({ beads, paragraphIds, texts, annotations: [], threads: [], findings: [] }).facts).toEqual([null, null, null, null])
    expect(unresolvedCount(null)).toBe(0)
  })
})

describe('helpers', () => {
  it('maps paragraph ids to positions, leaving out ids not loaded (0)', () => {
    expect([...positionsById([5, 0, 7])]).toEqual([
      [5, 0],
      [7, 2],
    ])
  })

  it.each([
    [{ severity: 'CRITICAL', status: 'OPEN' }, 'annotation-critical'],
    [{ severity: 'NEUTRAL', status: 'OPEN' }, 'annotation-neutral'],
    [{ severity: 'MAJOR', status: 'OUTDATED' }, 'annotation-outdated'],
    [{ severity: 'MINOR', status: 'RESOLVED' }, 'annotation-resolved'],
  ] as const)('highlights %o as %s', (annotation, kind) => {
    expect(annotationKind(annotation)).toBe(kind)
  })
})
