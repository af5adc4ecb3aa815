// Review progress along the document, for the summary chart (pure): the beads in order, cut
// into bins of (nearly) equal size, with how many of each bin have each status.
import type { ReviewStatus } from '../generated/prisma/enums'
import { reviewStatuses } from './review-transitions'

export type ProgressBin = {
  /** 0-based index of the bin's first bead, and one past its last. */
  from: number
  to: number
  counts: Record<ReviewStatus, number>
  /** Open automatic findings and open threads in the bin (filled in by the caller when known). */
  openFindings: number
  openThreads: number
}

export const MAX_BINS = 60

export function progressAlong(
  beads: readonly { id: number; reviewStatus: ReviewStatus }[],
  { maxBins = MAX_BINS, openFindings = {}, openThreads = {} }: { maxBins?: number; openFindings?: Record<number, number>; openThreads?: Record<number, number> } = {},
): ProgressBin[] {
  const bins = Math.min(maxBins, beads.length)
  const out: ProgressBin[] = []
  for (let k = 0; k < bins; k++) {
    const from = Math.floor((k * beads.length) / bins)
    const to = Math.floor(((k + 1) * beads.length) / bins)
    const bin: ProgressBin = { from, to, counts: Object.fromEntries(reviewStatuses.map((status) => [status, 0])) as Record<ReviewStatus, number>, openFindings: 0, openThreads: 0 }
    for (let i = from; i < to; i++) {
      const bead = beads[i]!
      bin.counts[bead.reviewStatus]++
      bin.openFindings += openFindings[bead.id] ?? 0
      bin.openThreads += openThreads[bead.id] ?? 0
    }
    out.push(bin)
  }
  return out
}

/** The bin (as progressAlong cuts them) that bead `index` (0-based) of `total` falls in. */
export function binOf(index: number, total: number, maxBins = MAX_BINS): number {
  const bins = Math.min(maxBins, total)
  // progressAlong's bin k covers [floor(k·total/bins), floor((k+1)·total/bins)).
  let bin = Math.floor(((index + 1) * bins) / total)
  while (bin > 0 && Math.floor((bin * total) / bins) > index) bin--
  while (bin < bins - 1 && Math.floor(((bin + 1) * total) / bins) <= index) bin++
  return bin
}

/** Open findings per bin, from the 1-based bead numbers of the open findings. */
export function findingsPerBin(beadNumbers: readonly number[], total: number, maxBins = MAX_BINS): number[] {
  const counts = new Array<number>(Math.min(maxBins, total)).fill(0)
  for (const number of beadNumbers) counts[binOf(number - 1, total, maxBins)]!++
  return counts
}

export function statusCounts(beads: readonly { reviewStatus: ReviewStatus }[]): Record<ReviewStatus, number> {
  const counts = Object.fromEntries(reviewStatuses.map((status) => [status, 0])) as Record<ReviewStatus, number>
  for (const bead of beads) counts[bead.reviewStatus]++
  return counts
}
