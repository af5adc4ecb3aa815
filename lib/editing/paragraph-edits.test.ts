import { describe, expect, it } from 'vitest'
import { assertTiling, type EditableBead } from './bead-edits'
import { joinSeparator, planParagraphJoin, planParagraphSplit, spanAfterJoin, spanAfterSplit, splitText } from './paragraph-edits'
import { remapSpan } from './remap-span'

function beads(shapes: string): EditableBead[] {
  let src = 0
  let tgt = 0
  return shapes.split(' ').map((shape) => {
    const [s, t] = shape.split('-').map(Number) as [number, number]
    const bead: EditableBead = { srcStart: src, srcEnd: src + s, tgtStart: tgt, tgtEnd: tgt + t, origin: 'AUTO', confidence: 0.8, reasons: [], isConfirmed: true, reviewStatus: 'APPROVED' }
    src += s
    tgt += t
    return bead
  })
}
const shape = (list: EditableBead[]) => list.map((b) => `${b.srcEnd - b.srcStart}-${b.tgtEnd - b.tgtStart}`).join(' ')

/** Applies a plan and shifts the beads after it by `delta` on `side`, as the verbs do. */
function applyShifted(list: EditableBead[], plan: ReturnType<typeof planParagraphSplit>, side: 'source' | 'target', delta: number) {
  const after = list.slice(plan.to).map((b) => (side === 'source' ? { ...b, srcStart: b.srcStart + delta, srcEnd: b.srcEnd + delta } : { ...b, tgtStart: b.tgtStart + delta, tgtEnd: b.tgtEnd + delta }))
  return [...list.slice(0, plan.from), ...plan.beads, ...after]
}

describe('splitText', () => {
  it.each([
    ['First sentence. Second sentence.', 16, 'First sentence.', 'Second sentence.', 16],
    ['AB', 1, 'A', 'B', 1],
    ['第一句。第二句。', 4, '第一句。', '第二句。', 4],
  ])('splits %j at %i', (text, at, first, second, offset) => {
    expect(splitText(text, at)).toEqual({ first, second, secondOffset: offset })
  })

  it.each([[0], [5], [-1]])('refuses to split at %i (an edge or outside)', (at) => {
    expect(() => splitText('Hello', at)).toThrow('inside the paragraph')
  })

  it('refuses a split that leaves only whitespace on one side', () => {
    expect(() => splitText('Hello   ', 6)).toThrow('need some text')
  })
})

describe('spans across a split and a join', () => {
  const split = splitText('One two. Three four.', 8)
  it.each([
    [{ start: 0, end: 3 }, { start: 0, end: 3, paragraph: 0, isOutdated: false }],
    [{ start: 9, end: 14 }, { start: 0, end: 5, paragraph: 1, isOutdated: false }],
    [{ start: 4, end: 12 }, { start: 4, end: 8, paragraph: 0, isOutdated: true }],
  ])('span %o goes to %o', (span, expected) => {
    expect(spanAfterSplit(span, split)).toEqual(expected)
  })

  it('shifts spans of the second paragraph behind the first and the separator', () => {
    expect(spanAfterJoin({ start: 0, end: 5 }, 1, 8, ' ')).toEqual({ start: 9, end: 14 })
    expect(spanAfterJoin({ start: 0, end: 3 }, 0, 8, ' ')).toEqual({ start: 0, end: 3 })
  })

  it('joins Chinese and Japanese without a space', () => {
    expect(joinSeparator('zh-Hans')).toBe('')
    expect(joinSeparator('ja')).toBe('')
    expect(joinSeparator('de')).toBe(' ')
  })
})

describe('beads around a split or joined paragraph', () => {
  it.each([
    ['1-1 1-1', 'source', 0, '2-1 1-1'],
    ['1-1 1-1', 'target', 1, '1-1 1-2'],
    ['1-0 1-1', 'source', 0, '1-0 1-0 1-1'],
  ] as const)('splitting in %s (%s %i) gives %s', (start, side, position, expected) => {
    const list = beads(start)
    const plan = planParagraphSplit(list, side, position)
    const result = applyShifted(list, plan, side, 1)
    expect(shape(result)).toBe(expected)
    assertTiling(result, list.at(-1)!.srcEnd + (side === 'source' ? 1 : 0), list.at(-1)!.tgtEnd + (side === 'target' ? 1 : 0))
    // A two-sided bead that gains a paragraph keeps its confirmation and review.
    expect(result[plan.from]).toMatchObject({ isConfirmed: true, reviewStatus: 'APPROVED' })
  })

  it.each([
    ['2-1 1-1', 'source', 0, '1-1 1-1'],
    ['1-1 1-1', 'source', 0, '1-1 0-1'],
    ['1-1 0-1 1-2', 'source', 0, '1-1 0-1 0-1 0-1'],
    ['1-1 1-0', 'source', 0, '1-1'],
    ['1-1 1-1 1-1', 'target', 1, '1-1 1-1 1-0'],
  ] as const)('joining in %s (%s %i and the next) gives %s', (start, side, position, expected) => {
    const list = beads(start)
    const plan = planParagraphJoin(list, side, position)
    const result = applyShifted(list, plan, side, -1)
    expect(shape(result)).toBe(expected)
    assertTiling(result, list.at(-1)!.srcEnd - (side === 'source' ? 1 : 0), list.at(-1)!.tgtEnd - (side === 'target' ? 1 : 0))
  })
})

describe('remapSpan', () => {
  const text = 'The contract ends on 1 May.'
  it.each([
    ['an edit before the span shifts it', 'A contract ends on 1 May.', { start: 19, end: 24 }, { start: 17, end: 22, isOutdated: false }],
    ['an edit after the span leaves it', 'The contract ends on 1 May 2026.', { start: 4, end: 12 }, { start: 4, end: 12, isOutdated: false }],
    ['text typed right before the span stays outside it', 'The new contract ends on 1 May.', { start: 4, end: 12 }, { start: 8, end: 16, isOutdated: false }],
    ['text typed right after the span stays outside it', 'The contracts end on 1 May.', { start: 4, end: 12 }, { start: 4, end: 12, isOutdated: false }],
    ['rewriting the span marks it outdated', 'The agreement ends on 1 May.', { start: 4, end: 12 }, { start: 4, end: 13, isOutdated: true }],
    ['deleting the span marks it outdated', 'The ends on 1 May.', { start: 4, end: 13 }, { start: 4, end: 5, isOutdated: true }],
  ])('%s', (_name, edited, span, expected) => {
    expect(remapSpan(text, edited, span)).toEqual(expected)
  })

  it('counts astral characters as two UTF-16 units, like the browser', () => {
    expect(remapSpan('😀 ok', '😀😀 ok', { start: 3, end: 5 })).toEqual({ start: 5, end: 7, isOutdated: false })
  })
})
