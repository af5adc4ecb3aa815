// Small pure helpers about beads, shared by the server and the browser.

export type Ranges = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }

/** "1-1", "2-1", "0-1", ... : source paragraphs, then target paragraphs. */
export function beadType(bead: Ranges): string {
  return `${bead.srcEnd - bead.srcStart}-${bead.tgtEnd - bead.tgtStart}`
}

/** Confidence bands shown as colour: the aligner's calibration (docs/benchmarks/aligner.md). */
export function confidenceBand(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.9) return 'high'
  if (confidence >= 0.5) return 'medium'
  return 'low'
}
