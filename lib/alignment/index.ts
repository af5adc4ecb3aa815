// The paragraph aligner: pure, synchronous, no I/O. See docs/decisions/003-alignment-algorithm.md.
import { alignAround } from './align'
import type { AlignedBead, AlignOptions, BeadRange } from './types'

export type { AlignedBead, AlignOptions, BeadRange, Reason, ReasonCode } from './types'
export { REASON_CODES } from './types'
export { formatReason } from './reasons'

/**
 * Aligns the paragraphs of an original (`source`) with those of its translation (`target`).
 * The beads tile both documents in order; a bead empty on one side holds one paragraph.
 * The languages in `options` are optional: every statistic is learned from the pair itself.
 */
export function align(source: string[], target: string[], options?: AlignOptions): AlignedBead[] {
  return alignAround(source, target, [], options)
}

function describe(bead: BeadRange): string {
  return `[${bead.srcStart}, ${bead.srcEnd}) × [${bead.tgtStart}, ${bead.tgtEnd})`
}

/** Throws unless the anchors are in order, non-overlapping, within bounds and well formed. */
export function requireValidAnchors(anchors: BeadRange[], sourceCount: number, targetCount: number): void {
  let srcFloor = 0
  let tgtFloor = 0
  anchors.forEach((anchor, k) => {
    const { srcStart, srcEnd, tgtStart, tgtEnd } = anchor
    const where = `anchor ${k} ${describe(anchor)}`
    if (![srcStart, srcEnd, tgtStart, tgtEnd].every(Number.isInteger)) throw new Error(`${where}: indices must be integers`)
    if (srcStart > srcEnd || tgtStart > tgtEnd) throw new Error(`${where}: a range ends before it starts`)
    if (srcStart < 0 || tgtStart < 0 || srcEnd > sourceCount || tgtEnd > targetCount) {
      throw new Error(`${where}: out of range (the documents have ${sourceCount} source and ${targetCount} target paragraphs)`)
    }
    const sourceSize = srcEnd - srcStart
    const targetSize = tgtEnd - tgtStart
    if (sourceSize === 0 && targetSize === 0) throw new Error(`${where}: empty on both sides`)
    if ((sourceSize === 0 || targetSize === 0) && sourceSize + targetSize > 1) {
      throw new Error(`${where}: a bead without counterpart must hold exactly one paragraph`)
    }
    if (srcStart < srcFloor || tgtStart < tgtFloor) throw new Error(`${where}: overlaps or precedes the anchor before it`)
    srcFloor = srcEnd
    tgtFloor = tgtEnd
  })
}

/**
 * Re-aligns only the stretches between confirmed beads (`anchors`): the result tiles both documents,
 * contains every anchor unchanged and in place, and re-aligns everything else.
 */
export function realign(source: string[], target: string[], anchors: BeadRange[], options?: AlignOptions): AlignedBead[] {
  requireValidAnchors(anchors, source.length, target.length)
  return alignAround(source, target, anchors, options)
}
