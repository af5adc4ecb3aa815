// Strict bead precision / recall / F1 exactly as ../shared/eval/score.py computes them, plus the
// per-bead-type recall and the confidence calibration the benchmark reports.

/** A bead in the evaluation format: [[source indices], [target indices]]. */
export type IndexBead = [number[], number[]]

export type StrictCounts = { gold: number; predicted: number; matched: number }
export type Prf = { precision: number; recall: number; f1: number }

/** score.py's norm_beads: a k-0 / 0-k bead counts as k single 0-sided beads. */
export function normaliseBeads(beads: IndexBead[]): string[] {
  const keys: string[] = []
  for (const [src, tgt] of beads) {
    const s = [...src].sort((x, y) => x - y)
    const t = [...tgt].sort((x, y) => x - y)
    if (s.length && t.length) keys.push(`${s.join(',')}|${t.join(',')}`)
    else {
      for (const x of s) keys.push(`${x}|`)
      for (const y of t) keys.push(`|${y}`)
    }
  }
  return keys
}

/** Counts over distinct beads, as score.py does with sets. */
export function strictCounts(gold: IndexBead[], predicted: IndexBead[]): StrictCounts {
  const goldSet = new Set(normaliseBeads(gold))
  const predictedSet = new Set(normaliseBeads(predicted))
  let matched = 0
  for (const key of predictedSet) if (goldSet.has(key)) matched++
  return { gold: goldSet.size, predicted: predictedSet.size, matched }
}

export function addCounts(a: StrictCounts, b: StrictCounts): StrictCounts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched }
}

export function prf(counts: StrictCounts): Prf {
  const precision = counts.predicted ? counts.matched / counts.predicted : 0
  const recall = counts.gold ? counts.matched / counts.gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

export function beadType(bead: IndexBead): string {
  return `${bead[0].length}-${bead[1].length}`
}

/** Per gold bead type: how many gold beads there are and how many the prediction has exactly. */
export function recallByType(gold: IndexBead[], predicted: IndexBead[]): Map<string, { gold: number; matched: number }> {
  const predictedSet = new Set(normaliseBeads(predicted))
  const byType = new Map<string, { gold: number; matched: number }>()
  for (const bead of gold) {
    const entry = byType.get(beadType(bead)) ?? { gold: 0, matched: 0 }
    entry.gold++
    if (predictedSet.has(normaliseBeads([bead])[0])) entry.matched++
    byType.set(beadType(bead), entry)
  }
  return byType
}

/** For each predicted bead: whether it is exactly a gold bead. */
export function correctness(gold: IndexBead[], predicted: IndexBead[]): boolean[] {
  const goldSet = new Set(normaliseBeads(gold))
  return predicted.map((bead) => normaliseBeads([bead]).every((key) => goldSet.has(key)))
}

export type CalibrationBand = { label: string; min: number; max: number; count: number; correct: number }

// The bands the issue asks for: ≥ 0.9 must be nearly always right, the lower ones visibly less so.
export const CALIBRATION_EDGES = [0.9, 0.7, 0.5, 0] as const

export function calibration(confidences: number[], isCorrect: boolean[]): CalibrationBand[] {
  const bands: CalibrationBand[] = CALIBRATION_EDGES.map((min, k) => {
    const max = k === 0 ? 1 : CALIBRATION_EDGES[k - 1]
    const label = k === 0 ? `≥ ${min}` : `${min}–${max}`
    return { label, min, max, count: 0, correct: 0 }
  })
  confidences.forEach((confidence, k) => {
    const band = bands.find((b) => confidence >= b.min) ?? bands[bands.length - 1]
    band.count++
    if (isCorrect[k]) band.correct++
  })
  return bands
}
