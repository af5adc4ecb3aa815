// A target much longer or shorter than the document's usual ratio suggests: an omission, an
// addition, or a bead the aligner joined wrongly. Lengths are non-space characters.

import type { Side } from './side'
import type { Draft } from './types'

// Typical target/source length ratio relative to English, used when the document's own ratio
// is not given: medians over the DEV pairs (en→de 1.19, en→fr 1.07, en→es 1.10, en→ru 1.06,
// en→zh 0.39, en→ar 0.83; de→fr 0.90 agrees with 1.07/1.19). Other languages count as 1.
const LENGTH_FACTORS: Record<string, number> = { en: 1, de: 1.19, fr: 1.07, es: 1.1, ru: 1.06, zh: 0.39, ar: 0.83 }
// Allowed deviation from the expected ratio, on a log scale, for a bead of n characters:
// BASE + SHORT / sqrt(n). Short texts vary more (a title of three words can double in length).
// Fitted to the 99th percentile of correct DEV beads at every length (0.58 at 30 characters,
// 0.36 at 120, 0.34 at 450, 0.17 beyond 640), which keeps 0.8% of correct beads above it.
const TOLERANCE_BASE = 0.3
const TOLERANCE_SHORT = 2
// Below this, a length says nothing (a section number, a one-word title).
const MIN_CHARACTERS = 4
// Beyond the tolerance by another factor of 2: no longer a matter of style.
const MAJOR_EXCESS = Math.log(2)
// Pairs shorter than this do not vote on the document's ratio: titles vary too much.
const MIN_PAIR_CHARACTERS = 20

function length(text: string): number {
  return text.replace(/\s+/g, '').length
}

export function defaultRatio(sourceLang: string, targetLang: string): number {
  return (LENGTH_FACTORS[targetLang] ?? 1) / (LENGTH_FACTORS[sourceLang] ?? 1)
}

/**
 * The document's target/source length ratio: the median of the pairs' ratios weighted by
 * source length, so that a few odd beads (boilerplate, misalignments) do not move it and long
 * paragraphs, whose ratio is more reliable, count for more. 1 when no pair is long enough.
 */
export function expectedLengthRatio(pairs: { source: string; target: string }[]): number {
  const ratios = pairs
    .map((pair) => ({ s: length(pair.source), t: length(pair.target) }))
    .filter(({ s, t }) => s >= MIN_PAIR_CHARACTERS && t >= MIN_PAIR_CHARACTERS)
    .map(({ s, t }) => ({ ratio: t / s, weight: s }))
    .sort((a, b) => a.ratio - b.ratio)
  const total = ratios.reduce((sum, { weight }) => sum + weight, 0)
  let seen = 0
  for (const { ratio, weight } of ratios) {
    seen += weight
    if (seen >= total / 2) return ratio
  }
  return 1
}

export function checkLengthRatio(source: Side, target: Side, expected: number): Draft[] {
  const s = length(source.paragraphs.join(''))
  const t = length(target.paragraphs.join(''))
  if (s === 0 || t === 0 || !(expected > 0)) return []
  const n = Math.sqrt((s * t) / expected)
  if (n < MIN_CHARACTERS) return []
  const deviation = Math.log(t / s / expected)
  const tolerance = TOLERANCE_BASE + TOLERANCE_SHORT / Math.sqrt(n)
  if (Math.abs(deviation) <= tolerance) return []
  const direction = deviation > 0 ? 'longer' : 'shorter'
  return [
    {
      check: 'length-ratio',
      severity: Math.abs(deviation) > tolerance + MAJOR_EXCESS ? 'major' : 'minor',
      params: {
        direction,
        ratio: round(t / s),
        expected: round(expected),
        // How many times the expected length the target is: 2.4 means "2.4× the expected length".
        relative: round(t / s / expected),
      },
      source: [],
      target: [],
      diff: [],
      detail: direction,
    },
  ]
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
