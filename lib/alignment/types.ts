// The public shapes of the paragraph aligner. Ranges are half-open paragraph indices.

/** A bead: source paragraphs [srcStart, srcEnd) correspond to target paragraphs [tgtStart, tgtEnd). */
export type BeadRange = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }

/** Why a bead deserves a second look (or, for `confirmed`, why it was not re-aligned). */
export const REASON_CODES = [
  'no-counterpart',
  'merge',
  'split',
  'many-to-many',
  'length-ratio',
  'numbers-differ',
  'sentence-count',
  'names-missing',
  'close-alternative',
  'confirmed',
] as const
export type ReasonCode = (typeof REASON_CODES)[number]

/** Structured so that the app can render it in any interface language. */
export type Reason = { code: ReasonCode; params: Record<string, string | number> }

export type AlignedBead = BeadRange & { confidence: number; reasons: Reason[] }

export type AlignOptions = {
  sourceLang?: string
  targetLang?: string
  onProgress?: (done: number, total: number) => void
}
