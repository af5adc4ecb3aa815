import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assertTiling,
  detachParagraph,
  EditError,
  mergeWithNext,
  moveParagraph,
  pairParagraphs,
  setConfirmed,
  shiftParagraph,
  splitBead,
  trimPlan,
  type EditableBead,
  type EditPlan,
} from './bead-edits'

/** Beads from shapes like "1-1 2-1 0-1": counts of source and target paragraphs. */
function beads(shapes: string, attributes: Partial<EditableBead> = {}): EditableBead[] {
  let src = 0
  let tgt = 0
  return shapes.split(' ').map((shape) => {
    const [s, t] = shape.split('-').map(Number) as [number, number]
    const bead: EditableBead = { srcStart: src, srcEnd: src + s, tgtStart: tgt, tgtEnd: tgt + t, origin: 'AUTO', confidence: 0.7, reasons: [{ code: 'x' }], isConfirmed: false, reviewStatus: 'UNREVIEWED', ...attributes }
    src += s
    tgt += t
    return bead
  })
}

function apply(list: EditableBead[], plan: EditPlan) {
  return [...list.slice(0, plan.from), ...plan.beads, ...list.slice(plan.to)]
}
const shapes = (list: EditableBead[]) => list.map((b) => `${b.srcEnd - b.srcStart}-${b.tgtEnd - b.tgtStart}`).join(' ')
const totals = (list: EditableBead[]) => [list.at(-1)!.srcEnd, list.at(-1)!.tgtEnd] as const

function check(start: string, edit: (list: EditableBead[]) => EditPlan, expected: string) {
  const list = beads(start)
  const result = apply(list, edit(list))
  assertTiling(result, ...totals(list))
  expect(shapes(result)).toBe(expected)
  return result
}

describe('mergeWithNext', () => {
  it.each([
    ['1-1 1-1', 0, '2-2'],
    ['1-1 1-1 1-1', 1, '1-1 2-2'],
    ['1-0 0-1', 0, '1-1'],
    ['2-1 0-1 1-1', 0, '2-2 1-1'],
  ])('%s merging bead %i gives %s', (start, index, expected) => {
    const result = check(start, (l) => mergeWithNext(l, index), expected)
    expect(result[index]).toMatchObject({ origin: 'MANUAL', confidence: 1, reasons: [], isConfirmed: false })
  })

  it('refuses the last bead', () => {
    expect(() => mergeWithNext(beads('1-1 1-1'), 1)).toThrow(EditError)
  })

  it('refuses a bead that does not exist', () => {
    expect(() => mergeWithNext(beads('1-1'), 5)).toThrow('There is no bead 6.')
  })
})

describe('splitBead', () => {
  it.each([
    ['2-2', { srcAt: 1, tgtAt: 1 }, '1-1 1-1'],
    ['2-1', { srcAt: 1, tgtAt: 1 }, '1-1 1-0'],
    ['1-2', { srcAt: 1, tgtAt: 1 }, '1-1 0-1'],
    ['3-1', { srcAt: 1, tgtAt: 0 }, '1-0 2-1'],
    ['1-3', { srcAt: 0, tgtAt: 2 }, '0-1 0-1 1-1'],
    ['2-2', { srcAt: 2, tgtAt: 1 }, '2-1 0-1'],
  ])('%s split at %o gives %s', (start, at, expected) => {
    check(start, (l) => splitBead(l, 0, at), expected)
  })

  it('splits a bead after the first one at absolute positions', () => {
    check('1-1 2-2', (l) => splitBead(l, 1, { srcAt: 2, tgtAt: 2 }), '1-1 1-1 1-1')
  })

  it.each([
    [{ srcAt: 0, tgtAt: 0 }, 'Both parts'],
    [{ srcAt: 2, tgtAt: 2 }, 'Both parts'],
    [{ srcAt: 3, tgtAt: 1 }, 'outside the bead'],
  ])('refuses %o', (at, message) => {
    expect(() => splitBead(beads('2-2'), 0, at)).toThrow(message)
  })
})

describe('shiftParagraph', () => {
  it.each([
    ['2-1 0-1', 0, 'source', 'last', '1-1 1-1'],
    ['1-1 1-1', 1, 'target', 'first', '1-2 1-0'],
    ['1-1 1-1', 0, 'source', 'last', '0-1 2-1'],
    ['1-0 1-1', 0, 'source', 'last', '2-1'],
    ['1-1 1-2', 1, 'target', 'first', '1-2 1-1'],
  ] as const)('%s shifting bead %i %s %s gives %s', (start, index, side, edge, expected) => {
    check(start, (l) => shiftParagraph(l, index, side, edge), expected)
  })

  it.each([
    ['first bead up', '1-1 1-1', 0, 'first', 'no previous bead'],
    ['last bead down', '1-1 1-1', 1, 'last', 'no next bead'],
    ['empty side', '0-1 1-1', 0, 'last', 'no original paragraph'],
  ] as const)('refuses the %s', (_name, start, index, edge, message) => {
    expect(() => shiftParagraph(beads(start), index, 'source', edge)).toThrow(message)
  })
})

describe('detachParagraph', () => {
  it.each([
    ['1-1', 'source', 0, '1-0 0-1'],
    ['1-1', 'target', 0, '0-1 1-0'],
    ['2-1', 'source', 1, '1-1 1-0'],
    ['2-1', 'source', 0, '1-0 1-1'],
    ['3-1', 'source', 1, '1-1 1-0 1-0'],
    ['1-1 1-2', 'target', 2, '1-1 1-1 0-1'],
  ] as const)('%s detaching %s paragraph %i gives %s', (start, side, position, expected) => {
    check(start, (l) => detachParagraph(l, side, position), expected)
  })

  it('refuses an unaligned paragraph', () => {
    expect(() => detachParagraph(beads('1-1 1-0'), 'source', 1)).toThrow('already unaligned')
  })

  it('refuses a paragraph that does not exist', () => {
    expect(() => detachParagraph(beads('1-1'), 'target', 4)).toThrow('no translation paragraph 5')
  })
})

describe('pairParagraphs', () => {
  it.each([
    ['1-0 0-1', 0, 0, '1-1'],
    ['1-1 1-0 0-1 1-1', 1, 1, '1-1 1-1 1-1'],
    ['1-0 0-1 0-1', 0, 1, '0-1 1-1'],
    ['1-0 1-0 0-1', 1, 0, '1-0 1-1'],
    ['0-1 1-0', 0, 0, '1-1'],
  ])('%s pairing source %i with target %i gives %s', (start, src, tgt, expected) => {
    check(start, (l) => pairParagraphs(l, src, tgt), expected)
  })

  it('refuses to pair across an aligned bead', () => {
    expect(() => pairParagraphs(beads('1-0 1-1 0-1'), 0, 1)).toThrow('nothing aligned between')
  })
})

describe('moveParagraph', () => {
  it.each([
    ['2-1 1-1', 'source', 1, 1, '1-1 2-1'],
    ['1-1 2-1', 'source', 1, 0, '2-1 1-1'],
    ['2-1 0-1 1-1', 'source', 1, 2, '1-1 0-1 2-1'],
    ['1-1 1-1 1-1', 'target', 2, 1, '1-1 1-2 1-0'],
  ] as const)('%s moving %s paragraph %i to bead %i gives %s', (start, side, position, target, expected) => {
    check(start, (l) => moveParagraph(l, side, position, target), expected)
  })

  it('keeps the passed one-sided beads in place, after the moved paragraph', () => {
    const result = check('2-1 0-1 1-1', (l) => moveParagraph(l, 'source', 1, 2), '1-1 0-1 2-1')
    expect(result[1]).toMatchObject({ srcStart: 1, srcEnd: 1, tgtStart: 1, tgtEnd: 2 })
  })

  it.each([
    ['a middle paragraph', '3-1 1-1', 'source', 1, 1, 'Only the last paragraph'],
    ['across aligned text', '2-1 1-1 1-1', 'source', 1, 2, 'change the order'],
    ['into its own bead', '2-1 1-1', 'source', 1, 0, 'already in that bead'],
  ] as const)('refuses %s', (_name, start, side, position, target, message) => {
    expect(() => moveParagraph(beads(start), side, position, target)).toThrow(message)
  })
})

describe('setConfirmed', () => {
  it('confirms a range and keeps everything else', () => {
    const list = beads('1-1 2-1 1-1')
    const result = apply(list, setConfirmed(list, 0, 2, true))
    expect(result.map((b) => b.isConfirmed)).toEqual([true, true, false])
    expect(result[1]!.origin).toBe('AUTO')
  })
})

describe('trimPlan', () => {
  it('drops unchanged beads at both ends', () => {
    const list = beads('1-1 1-1 1-1')
    const trimmed = trimPlan(list, setConfirmed(list, 0, 3, false))
    expect(trimmed).toEqual({ from: 3, to: 3, beads: [] })
    const changed = trimPlan(list, { from: 0, to: 3, beads: [list[0]!, { ...list[1]!, isConfirmed: true }, list[2]!] })
    expect(changed.from).toBe(1)
    expect(changed.to).toBe(2)
  })
})

describe('every edit keeps the tiling', () => {
  const shape = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).filter(([s, t]) => s + t > 0 && (s === 0 || t === 0 ? s + t === 1 : true))
  const list = fc.array(shape, { minLength: 1, maxLength: 12 }).map((parts) => beads(parts.map(([s, t]) => `${s}-${t}`).join(' ')))
  const op = fc.record({ kind: fc.integer({ min: 0, max: 5 }), a: fc.nat(40), b: fc.nat(40), c: fc.nat(40), side: fc.constantFrom<'source' | 'target'>('source', 'target'), edge: fc.constantFrom<'first' | 'last'>('first', 'last') })

  it('for any bead list and any operation: a valid tiling, or an EditError', () => {
    fc.assert(
      fc.property(list, op, (start, { kind, a, b, c, side, edge }) => {
        const [src, tgt] = totals(start)
        let plan: EditPlan
        try {
          const n = start.length
          plan = [
            () => mergeWithNext(start, a % n),
            () => splitBead(start, a % n, { srcAt: start[a % n]!.srcStart + (b % 3), tgtAt: start[a % n]!.tgtStart + (c % 3) }),
            () => shiftParagraph(start, a % n, side, edge),
            () => detachParagraph(start, side, b % Math.max(1, side === 'source' ? src : tgt)),
            () => pairParagraphs(start, b % Math.max(1, src), c % Math.max(1, tgt)),
            () => moveParagraph(start, side, b % Math.max(1, side === 'source' ? src : tgt), a % n),
          ][kind]!()
        } catch (error) {
          expect(error).toBeInstanceOf(EditError)
          return
        }
        const result = apply(start, plan)
        assertTiling(result, src, tgt)
        for (const bead of result) {
          const one = bead.srcEnd - bead.srcStart === 0 || bead.tgtEnd - bead.tgtStart === 0
          if (one) expect(bead.srcEnd - bead.srcStart + bead.tgtEnd - bead.tgtStart).toBe(1)
        }
      }),
      { numRuns: 3000 },
    )
  })
})

// The edges of every operation: the first and the last bead, a side without paragraphs, and
// confirmed neighbours (a bead an edit changes loses its confirmation; one it leaves alone keeps it).
describe('edges', () => {
  const confirmedAt = (shapesText: string, confirmed: number[]) => beads(shapesText).map((b, k) => ({ ...b, isConfirmed: confirmed.includes(k) }))
  const run = (list: EditableBead[], edit: (l: EditableBead[]) => EditPlan) => {
    const result = apply(list, edit(list))
    assertTiling(result, ...totals(list))
    return result
  }

  it.each([
    ['merge the first bead', (l: EditableBead[]) => mergeWithNext(l, 0), '2-2 1-1', [false, true]],
    ['merge into a confirmed last bead', (l: EditableBead[]) => mergeWithNext(l, 1), '1-1 2-2', [true, false]],
    ['shift into a confirmed neighbour', (l: EditableBead[]) => shiftParagraph(l, 1, 'source', 'first'), '2-1 0-1 1-1', [false, false, true]],
    ['detach in the last bead', (l: EditableBead[]) => detachParagraph(l, 'target', 2), '1-1 1-1 0-1 1-0', [true, false, false, false]],
    ['split the last bead', (l: EditableBead[]) => splitBead(l, 2, { srcAt: 3, tgtAt: 2 }), '1-1 1-1 1-0 0-1', [true, false, false, false]],
  ] as const)('%s: only the changed beads lose their confirmation', (_name, edit, expected, confirmed) => {
    const result = run(confirmedAt('1-1 1-1 1-1', [0, 2]), edit)
    expect(shapes(result)).toBe(expected)
    expect(result.map((b) => b.isConfirmed)).toEqual(confirmed)
  })

  it.each([
    ['move the first paragraph up from the first bead', () => moveParagraph(beads('2-1 1-1'), 'source', 0, -1), 'There is no bead 0'],
    ['move into a bead past the last', () => moveParagraph(beads('2-1 1-1'), 'source', 1, 2), 'There is no bead 3'],
    ['shift from an empty side', () => shiftParagraph(beads('1-1 1-0'), 1, 'target', 'first'), 'no translation paragraph'],
    ['split a one-paragraph bead', () => splitBead(beads('1-0 1-1'), 0, { srcAt: 1, tgtAt: 0 }), 'Both parts'],
    ['merge a bead that does not exist', () => mergeWithNext(beads('1-1'), -1), 'There is no bead 0'],
    ['pair a paragraph that is aligned', () => pairParagraphs(beads('1-1 0-1'), 0, 1), 'nothing aligned between'],
    ['confirm an empty range', () => setConfirmed(beads('1-1'), 0, 0, true), 'There is no bead 0'],
  ])('refuses to %s', (_name, edit, message) => {
    expect(edit).toThrow(message)
  })

  it('pairs the only two paragraphs of one-sided beads at the start and at the end', () => {
    expect(shapes(run(beads('0-1 1-0 1-1'), (l) => pairParagraphs(l, 0, 0)))).toBe('1-1 1-1')
    expect(shapes(run(beads('1-1 1-0 0-1'), (l) => pairParagraphs(l, 1, 1)))).toBe('1-1 1-1')
  })

  it('merges two one-sided beads into a 1-1 and splits it back on either side', () => {
    const merged = run(beads('1-0 0-1'), (l) => mergeWithNext(l, 0))
    expect(shapes(merged)).toBe('1-1')
    expect(shapes(run(merged, (l) => splitBead(l, 0, { srcAt: 1, tgtAt: 0 })))).toBe('1-0 0-1')
    expect(shapes(run(merged, (l) => splitBead(l, 0, { srcAt: 0, tgtAt: 1 })))).toBe('0-1 1-0')
  })
})
