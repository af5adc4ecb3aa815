// A compact form of an alignment's beads for the page to carry: the browser receives the page's
// data inside the HTML (React's serialised props), where 5,000 bead objects with their key names
// cost a megabyte and most of the time to the first interactive row. Beads tile both texts, so
// a bead needs only its paragraph counts; flags pack origin, confirmation and review status.
import type { BeadView, ViewReason } from '../alignments/get-alignment-view'

const REVIEW = ['UNREVIEWED', 'APPROVED', 'NEEDS_WORK', 'REJECTED'] as const

/** [id, source paragraphs, target paragraphs, flags, confidence, reasons?] */
export type PackedBead = [number, number, number, number, number] | [number, number, number, number, number, ViewReason[]]

export function packBeads(beads: BeadView[]): PackedBead[] {
  return beads.map((bead) => {
    const flags = (bead.origin === 'MANUAL' ? 1 : 0) | (bead.isConfirmed ? 2 : 0) | (REVIEW.indexOf(bead.reviewStatus) << 2)
    const head: [number, number, number, number, number] = [bead.id, bead.srcEnd - bead.srcStart, bead.tgtEnd - bead.tgtStart, flags, bead.confidence]
    return bead.reasons.length ? [...head, bead.reasons] : head
  })
}

export function unpackBeads(packed: PackedBead[]): BeadView[] {
  let src = 0
  let tgt = 0
  return packed.map(([id, sourceCount, targetCount, flags, confidence, reasons]) => {
    const bead: BeadView = {
      id,
      srcStart: src,
      srcEnd: src + sourceCount,
      tgtStart: tgt,
      tgtEnd: tgt + targetCount,
      origin: flags & 1 ? 'MANUAL' : 'AUTO',
      confidence,
      reasons: reasons ?? [],
      isConfirmed: Boolean(flags & 2),
      reviewStatus: REVIEW[flags >> 2]!,
    }
    src = bead.srcEnd
    tgt = bead.tgtEnd
    return bead
  })
}
