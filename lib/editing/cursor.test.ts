import { describe, expect, it } from 'vitest'
import { clampCursor, cursorAt, cursorPosition, moveParagraph, type Cursor } from './cursor'

function beads(shapes: string) {
  let src = 0
  let tgt = 0
  return shapes.split(' ').map((shape) => {
    const [s, t] = shape.split('-').map(Number) as [number, number]
    const bead = { srcStart: src, srcEnd: src + s, tgtStart: tgt, tgtEnd: tgt + t }
    src += s
    tgt += t
    return bead
  })
}
const at = (bead: number, side: 'source' | 'target', offset = 0): Cursor => ({ bead, side, offset })

describe('cursor', () => {
  const list = beads('1-1 2-1 0-1 1-2')

  it.each([
    [at(1, 'source', 1), 2],
    [at(1, 'source', 5), 2],
    [at(2, 'source'), null],
    [at(3, 'target', 1), 4],
    [at(9, 'target'), null],
  ])('%o points at paragraph %s', (cursor, expected) => {
    expect(cursorPosition(list, cursor)).toBe(expected)
  })

  it.each([
    ['within a bead', at(1, 'source', 0), 1, at(1, 'source', 1)],
    ['into the next bead', at(1, 'source', 1), 1, at(3, 'source', 0)],
    ['over a bead empty on that side', at(1, 'source', 0), -1, at(0, 'source', 0)],
    ['back to the last paragraph of the previous bead', at(3, 'source', 0), -1, at(1, 'source', 1)],
    ['nowhere past the end', at(3, 'target', 1), 1, at(3, 'target', 1)],
    ['nowhere before the start', at(0, 'target', 0), -1, at(0, 'target', 0)],
  ] as const)('moves by paragraph %s', (_name, cursor, direction, expected) => {
    expect(moveParagraph(list, cursor, direction)).toEqual(expected)
  })

  it('stays inside the list when beads disappear', () => {
    expect(clampCursor(beads('1-1 1-1'), at(5, 'source', 3))).toEqual(at(1, 'source', 0))
    expect(clampCursor([], at(5, 'source', 3))).toEqual(at(0, 'source', 0))
  })

  it('finds the bead of a paragraph', () => {
    expect(cursorAt(list, 'target', 4)).toEqual(at(3, 'target', 1))
    expect(cursorAt(list, 'source', 2)).toEqual(at(1, 'source', 1))
    expect(cursorAt(list, 'source', 9)).toBeNull()
  })
})
