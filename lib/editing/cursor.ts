// Where the editor's cursor is: a bead, one of its two sides, and a paragraph of that side.
// Pure, so that keyboard movement and what every operation acts on can be tested alone.
import type { Ranges } from '../alignments/bead-shape'
import type { Side } from './bead-edits'

export type Cursor = { bead: number; side: Side; offset: number }

export function sideRange(bead: Ranges, side: Side): [number, number] {
  return side === 'source' ? [bead.srcStart, bead.srcEnd] : [bead.tgtStart, bead.tgtEnd]
}

/** The paragraph (absolute position) under the cursor, or null when its side of the bead is empty. */
export function cursorPosition(beads: Ranges[], cursor: Cursor): number | null {
  const bead = beads[cursor.bead]
  if (!bead) return null
  const [start, end] = sideRange(bead, cursor.side)
  if (start === end) return null
  return start + Math.min(Math.max(0, cursor.offset), end - start - 1)
}

/** The cursor kept inside the list after the list changed (beads merged, a reload...). */
export function clampCursor(beads: Ranges[], cursor: Cursor): Cursor {
  const bead = Math.min(Math.max(0, cursor.bead), Math.max(0, beads.length - 1))
  const range = beads[bead] ? sideRange(beads[bead], cursor.side) : [0, 0]
  return { bead, side: cursor.side, offset: Math.min(Math.max(0, cursor.offset), Math.max(0, range[1] - range[0] - 1)) }
}

/** Moving to the next (or previous) paragraph of the same side, into the next bead at its edge. */
export function moveParagraph(beads: Ranges[], cursor: Cursor, direction: 1 | -1): Cursor {
  const bead = beads[cursor.bead]
  if (!bead) return cursor
  const [start, end] = sideRange(bead, cursor.side)
  const offset = cursor.offset + direction
  if (offset >= 0 && offset < end - start) return { ...cursor, offset }
  // Past the edge of the bead: the nearest bead in that direction with a paragraph on this side.
  for (let index = cursor.bead + direction; index >= 0 && index < beads.length; index += direction) {
    const [s, e] = sideRange(beads[index]!, cursor.side)
    if (e > s) return { bead: index, side: cursor.side, offset: direction === 1 ? 0 : e - s - 1 }
  }
  return cursor
}

/** The cursor on paragraph `position` of `side`. */
export function cursorAt(beads: Ranges[], side: Side, position: number): Cursor | null {
  const index = beads.findIndex((bead) => {
    const [start, end] = sideRange(bead, side)
    return start <= position && position < end
  })
  if (index < 0) return null
  return { bead: index, side, offset: position - sideRange(beads[index]!, side)[0] }
}
