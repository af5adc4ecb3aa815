// A selection of beads for acting on many at once (approve a stretch): a range of the rows
// shown, from an anchor to the bead under the cursor, as spreadsheets do with Shift. Kept by
// bead id, so it survives a review-status change or a reload that keeps the beads, and falls
// away when an edit replaces its anchor or end.

export type BeadSelection = { anchorId: number; focusId: number }

/** The selected bead indexes, in order: the rows shown between anchor and focus. Empty when the selection is gone. */
export function selectedIndexes(beads: readonly { id: number }[], rows: readonly number[], selection: BeadSelection | null): number[] {
  if (!selection) return []
  let anchor = -1
  let focus = -1
  for (let index = 0; index < beads.length && (anchor < 0 || focus < 0); index++) {
    const id = beads[index]!.id
    if (id === selection.anchorId) anchor = index
    if (id === selection.focusId) focus = index
  }
  if (anchor < 0 || focus < 0) return []
  const [from, to] = anchor <= focus ? [anchor, focus] : [focus, anchor]
  return rows.filter((index) => index >= from && index <= to)
}

/**
 * The selection after extending it to bead `to` (Shift+arrow, Shift+click): anchored where
 * the current selection is anchored, or at the bead the cursor was on.
 */
export function extendSelection(beads: readonly { id: number }[], selection: BeadSelection | null, cursor: number, to: number): BeadSelection | null {
  const anchorId = selection && beads.some((bead) => bead.id === selection.anchorId) ? selection.anchorId : beads[cursor]?.id
  const focusId = beads[to]?.id
  if (anchorId === undefined || focusId === undefined) return null
  return { anchorId, focusId }
}
