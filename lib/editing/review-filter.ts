// Filtering the editor's bead list for review: by review status, by the MQM category and
// severity of the bead's annotations, by open findings (any, or of one check) and by open
// comment threads. Pure: the list, the navigation keys and "select all" use the same rows.
import type { BeadFacts } from './review-layer'

export type ReviewFilter = {
  /** Review statuses to show (none: every status). */
  statuses: string[]
  /** Beads with an annotation of one of these categories (none: no condition)... */
  categories: string[]
  /** ...and of one of these severities: both hold for the same annotation. */
  severities: string[]
  /** Beads with open findings: of any check ('any') or of this one; null: no condition. */
  findings: string | null
  /** Only beads with open comment threads. */
  hasOpenThreads: boolean
}

export const noFilter: ReviewFilter = { statuses: [], categories: [], severities: [], findings: null, hasOpenThreads: false }

export function isFiltering(filter: ReviewFilter): boolean {
  return filter.statuses.length > 0 || filter.categories.length > 0 || filter.severities.length > 0 || filter.findings !== null || filter.hasOpenThreads
}

/** How many of the filter's conditions are set (shown on the filter button). */
export function conditionCount(filter: ReviewFilter): number {
  return [filter.statuses.length > 0, filter.categories.length > 0 || filter.severities.length > 0, filter.findings !== null, filter.hasOpenThreads].filter(Boolean).length
}

export function matchesFilter(status: string, facts: BeadFacts | null, filter: ReviewFilter): boolean {
  if (filter.statuses.length && !filter.statuses.includes(status)) return false
  if (filter.categories.length || filter.severities.length) {
    const hit = facts?.annotations.some(
      (annotation) => (!filter.categories.length || filter.categories.includes(annotation.category)) && (!filter.severities.length || filter.severities.includes(annotation.severity)),
    )
    if (!hit) return false
  }
  if (filter.findings !== null) {
    if (!facts || facts.openFindings === 0) return false
    if (filter.findings !== 'any' && !facts.checks.includes(filter.findings)) return false
  }
  if (filter.hasOpenThreads && !(facts && facts.openThreads > 0)) return false
  return true
}

/**
 * The bead indexes the list shows. The bead under the cursor stays while the cursor is on
 * it, even when it stops matching (approved while showing unreviewed beads): a row does not
 * vanish under the reviewer's eyes, only once they move on.
 */
export function visibleRows(beads: readonly { reviewStatus: string }[], facts: readonly (BeadFacts | null)[], filter: ReviewFilter, keep?: number): number[] {
  const rows: number[] = []
  const isOn = isFiltering(filter)
  for (let index = 0; index < beads.length; index++) {
    if (!isOn || index === keep || matchesFilter(beads[index]!.reviewStatus, facts[index] ?? null, filter)) rows.push(index)
  }
  return rows
}

/** The position in `rows` of bead `index`, or of the first row after it (rows are sorted). */
export function rowAtOrAfter(rows: readonly number[], index: number): number {
  let low = 0
  let high = rows.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (rows[mid]! < index) low = mid + 1
    else high = mid
  }
  return low
}

/** The visible bead nearest to `index` (itself when shown), for jumps from outside the list. */
export function nearestRow(rows: readonly number[], index: number): number | null {
  if (rows.length === 0) return null
  const at = rowAtOrAfter(rows, index)
  if (at < rows.length && rows[at] === index) return index
  const after = rows[at]
  const before = rows[at - 1]
  if (after === undefined) return before!
  if (before === undefined) return after
  return index - before <= after - index ? before : after
}

/** `steps` visible rows away from bead `index` (clamped to the first and last row). */
export function stepRows(rows: readonly number[], index: number, steps: number): number | null {
  if (rows.length === 0) return null
  const at = rowAtOrAfter(rows, index)
  // On a hidden bead, one step down is the first row after it; one step up the last before it.
  const from = rows[at] === index ? at : steps > 0 ? at - 1 : at
  return rows[Math.max(0, Math.min(rows.length - 1, from + steps))]!
}
