// The browser's copy of an alignment, and how a server's answer to an edit updates it: the
// editor never reloads thousands of beads after a change, it replaces the ones that changed.
// Pure, so that a test can prove that applying a patch gives exactly what a reload gives
// (lib/beads/patches.int.test.ts).
import type { Ranges } from '../alignments/bead-shape'

/** One text in the browser: its paragraphs ('' while still loading: see getAlignmentView), their ids. */
export type PatchedSide = { paragraphs: string[]; paragraphIds: number[]; textsLoaded: number }

export type EditorModel<B extends Ranges, U = unknown> = {
  version: number
  beads: B[]
  source: PatchedSide
  target: PatchedSide
  undo: U | null
  redo: U | null
}

export type ModelPatch<B extends Ranges, U = unknown> = {
  version: number
  /** Replace beads[from, to) (indexes in the list before the change) with `beads`. */
  from: number
  to: number
  beads: B[]
  /** Paragraphs that changed; when their number changes, the beads after `to` move with them. */
  paragraphs: { side: 'source' | 'target'; from: number; to: number; texts: string[]; ids: number[] }[]
  undo: U | null
  redo: U | null
}

function splice<T>(list: T[], from: number, to: number, items: T[]): T[] {
  return [...list.slice(0, from), ...items, ...list.slice(to)]
}

function shifted<B extends Ranges>(bead: B, side: 'source' | 'target', delta: number): B {
  return side === 'source'
    ? { ...bead, srcStart: bead.srcStart + delta, srcEnd: bead.srcEnd + delta }
    : { ...bead, tgtStart: bead.tgtStart + delta, tgtEnd: bead.tgtEnd + delta }
}

export function applyPatch<B extends Ranges, U, M extends EditorModel<B, U>>(model: M, patch: ModelPatch<B, U>): M {
  const sides = { source: model.source, target: model.target }
  let tail = model.beads.slice(patch.to)
  for (const change of patch.paragraphs) {
    const side = sides[change.side]
    const delta = change.texts.length - (change.to - change.from)
    sides[change.side] = {
      ...side,
      paragraphs: splice(side.paragraphs, change.from, change.to, change.texts),
      paragraphIds: splice(side.paragraphIds, change.from, change.to, change.ids),
      // The loaded texts stay a prefix: a change inside it moves its end, one across its end
      // brings texts up to the change's end.
      textsLoaded: change.to <= side.textsLoaded ? side.textsLoaded + delta : change.from < side.textsLoaded ? change.from + change.texts.length : side.textsLoaded,
    }
    if (delta !== 0) tail = tail.map((bead) => shifted(bead, change.side, delta))
  }
  return {
    ...model,
    version: patch.version,
    beads: [...model.beads.slice(0, patch.from), ...patch.beads, ...tail],
    source: sides.source,
    target: sides.target,
    undo: patch.undo,
    redo: patch.redo,
  }
}
