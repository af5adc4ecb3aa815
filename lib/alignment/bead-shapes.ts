// The bead shapes the search considers: [source paragraphs, target paragraphs].
// Up to three paragraphs on a side covers every translator edit seen in practice
// (merging, splitting, dropping, adding, moving a sentence across a paragraph break).
export const BEAD_SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
]

export const SHAPE_COUNT = BEAD_SHAPES.length
export const MAX_SPAN = 3
/** Source and target paragraphs of each shape, as arrays for the search's inner loops. */
export const SHAPE_A = Int8Array.from(BEAD_SHAPES, ([a]) => a)
export const SHAPE_B = Int8Array.from(BEAD_SHAPES, ([, b]) => b)

/** Index of a shape in BEAD_SHAPES, or -1 when the aligner never proposes it (e.g. 2-3). */
export function shapeIndex(sourceCount: number, targetCount: number): number {
  return BEAD_SHAPES.findIndex(([a, b]) => a === sourceCount && b === targetCount)
}

// Prior probability of each shape before the document pair is seen: most paragraphs are
// translated one to one; the rest comes from typical editing rates of human translators.
// The aligner re-estimates these from its own first pass over the pair.
export const INITIAL_SHAPE_PRIORS = [0.88, 0.02, 0.03, 0.03, 0.02, 0.006, 0.002, 0.002]
