import { describe, expect, it } from 'vitest'
import { extendSelection, selectedIndexes } from './bead-selection'

describe('selection', () => {
  const beads = [10, 11, 12, 13, 14].map((id) => ({ id }))

  it('selects the rows shown between anchor and focus, in either direction', () => {
    expect(selectedIndexes(beads, [0, 1, 2, 3, 4], { anchorId: 11, focusId: 13 })).toEqual([1, 2, 3])
    expect(selectedIndexes(beads, [0, 1, 2, 3, 4], { anchorId: 13, focusId: 11 })).toEqual([1, 2, 3])
    // Hidden by a filter: not selected.
    expect(selectedIndexes(beads, [0, 2, 4], { anchorId: 10, focusId: 14 })).toEqual([0, 2, 4])
    expect(selectedIndexes(beads, [0, 1, 2], null)).toEqual([])
  })

  it('falls away when an edit replaced its anchor or end', () => {
    expect(selectedIndexes(beads, [0, 1, 2, 3, 4], { anchorId: 99, focusId: 13 })).toEqual([])
  })

  it('extends from the bead under the cursor, then keeps its anchor', () => {
    const first = extendSelection(beads, null, 1, 2)
    expect(first).toEqual({ anchorId: 11, focusId: 12 })
    expect(extendSelection(beads, first, 2, 4)).toEqual({ anchorId: 11, focusId: 14 })
    // An anchor an edit removed: start again from the cursor.
    expect(extendSelection(beads, { anchorId: 99, focusId: 12 }, 3, 4)).toEqual({ anchorId: 13, focusId: 14 })
  })
})
