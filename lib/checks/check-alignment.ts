// The checks over every bead of an alignment: the document's length ratio first, then each
// bead, handing control back every few hundred beads (a long alignment takes seconds, and a
// server must keep answering others meanwhile) and reusing the findings of beads whose text
// and context did not change.

import { checkBead } from './check-bead'
import { expectedLengthRatio } from './length-ratio'
import { textsKey } from './fingerprint'
import type { Finding } from './types'

export type BeadTexts = { id: number; source: string[]; target: string[] }

/** What the runner needs of a cache: a Map will do; lib/findings keeps one per process. */
export type FindingCache = { get(key: string): Finding[] | undefined; set(key: string, findings: Finding[]): unknown }

export type AlignmentFinding = Finding & { beadId: number; beadNumber: number }

export type CheckProgress = { done: number; total: number }

const CHUNK = 250
const NO_FINDINGS: Finding[] = []

/**
 * The length ratio rounded to 1 %: far below the tolerance of the length check (±16 % at
 * least), and stable under small edits, so that editing one bead does not change every other
 * bead's cache key.
 */
export function documentRatio(beads: readonly BeadTexts[]): number {
  const pairs = beads
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    .map((bead) => ({ source: bead.source.join('\n'), target: bead.target.join('\n') }))
  return Math.round(expectedLengthRatio(pairs) * 100) / 100
}

export async function checkAlignment(
  beads: readonly BeadTexts[],
  { sourceLang, targetLang, cache, onProgress }: { sourceLang: string; targetLang: string; cache?: FindingCache; onProgress?: (progress: CheckProgress) => void },
): Promise<AlignmentFinding[]> {
  const expectedRatio = documentRatio(beads)
  const context = `${sourceLang}|${targetLang}|${expectedRatio}|`
  const out: AlignmentFinding[] = []
  let computedSinceYield = 0
  for (const [index, bead] of beads.entries()) {
    const key = context + textsKey(bead.source, bead.target)
    let findings = cache?.get(key)
    if (!findings) {
      findings = checkBead({ source: bead.source, target: bead.target, sourceLang, targetLang, expectedRatio })
      if (findings.length === 0) findings = NO_FINDINGS
      cache?.set(key, findings)
      computedSinceYield++
    }
    for (const finding of findings) out.push({ ...finding, beadId: bead.id, beadNumber: index + 1 })
    if (computedSinceYield >= CHUNK) {
      computedSinceYield = 0
      onProgress?.({ done: index + 1, total: beads.length })
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
  onProgress?.({ done: beads.length, total: beads.length })
  return out
}
