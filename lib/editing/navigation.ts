// Finding the next bead worth a look, and text matches, for the editor's navigation. Pure:
// the browser runs these on its copy of the alignment (thousands of beads, a few ms).
import { beadType, type Ranges } from '../alignments/bead-shape'

/** Below this confidence a bead is worth a second look (the aligner's "check this" band). */
export const LOW_CONFIDENCE = 0.9

export type NavigableBead = Ranges & { confidence: number; isConfirmed: boolean }

export const navigationTargets = ['low-confidence', 'non-one-to-one', 'unconfirmed'] as const
export type NavigationTarget = (typeof navigationTargets)[number]

export function isTarget(bead: NavigableBead, target: NavigationTarget): boolean {
  switch (target) {
    case 'low-confidence':
      return bead.confidence < LOW_CONFIDENCE
    case 'non-one-to-one':
      return beadType(bead) !== '1-1'
    case 'unconfirmed':
      return !bead.isConfirmed
  }
}

/**
 * The next (direction 1) or previous (-1) bead after `from` for which `test` holds, going
 * round the end of the list; `wrapped` says it went round. Null when no other bead matches.
 */
export function findBead<B>(beads: B[], from: number, direction: 1 | -1, test: (bead: B, index: number) => boolean): { index: number; wrapped: boolean } | null {
  const n = beads.length
  for (let step = 1; step < n; step++) {
    const raw = from + direction * step
    const index = ((raw % n) + n) % n
    if (test(beads[index]!, index)) return { index, wrapped: raw < 0 || raw >= n }
  }
  return null
}

export type TextMatch = { side: 'source' | 'target'; position: number; start: number; end: number }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Most matches a search reports: past this the count says "1,000+" and the list stops. */
export const MAX_MATCHES = 1_000

/**
 * Every occurrence of `query` (case-insensitive, Unicode-aware) in the paragraphs of the
 * chosen sides, in reading order of the alignment: by bead, the original's matches before the
 * translation's. Offsets are UTF-16 code units of the paragraph's text, as the browser counts.
 */
export function findMatches(
  beads: Ranges[],
  sides: { source?: string[]; target?: string[] },
  query: string,
): { matches: (TextMatch & { bead: number })[]; isTruncated: boolean } {
  const needle = query.trim()
  if (!needle) return { matches: [], isTruncated: false }
  const pattern = new RegExp(escapeRegExp(needle), 'giu')
  const matches: (TextMatch & { bead: number })[] = []
  for (const [index, bead] of beads.entries()) {
    for (const side of ['source', 'target'] as const) {
      const texts = sides[side]
      if (!texts) continue
      const [start, end] = side === 'source' ? [bead.srcStart, bead.srcEnd] : [bead.tgtStart, bead.tgtEnd]
      for (let position = start; position < end; position++) {
        for (const found of texts[position]!.matchAll(pattern)) {
          matches.push({ side, position, start: found.index, end: found.index + found[0].length, bead: index })
          if (matches.length >= MAX_MATCHES) return { matches, isTruncated: true }
        }
      }
    }
  }
  return { matches, isTruncated: false }
}
