// Counting and paging findings for the review page and the API (pure).
import { checkCodes, type CheckCode, type Severity } from '../checks'
import type { FindingView } from './compute-findings'

export type FindingStatusFilter = 'open' | 'dismissed' | 'all'

export type CheckSummary = {
  check: CheckCode
  open: Record<Severity, number>
  openTotal: number
  dismissed: number
}

export type FindingsSummary = {
  beads: number
  open: number
  dismissed: number
  /** Beads with at least one open finding. */
  beadsWithOpenFindings: number
  /** Every check, in the order of checkCodes, with zero counts included (the chart shows them all). */
  byCheck: CheckSummary[]
  /** Open findings per bead id, for filters and the progress chart. */
  openByBead: Record<number, number>
}

const severityOrder: Severity[] = ['critical', 'major', 'minor']

export function summariseFindings(findings: readonly FindingView[], beads: number): FindingsSummary {
  const byCheck = new Map<CheckCode, CheckSummary>(
    checkCodes.map((check) => [check, { check, open: { minor: 0, major: 0, critical: 0 }, openTotal: 0, dismissed: 0 }]),
  )
  const openByBead: Record<number, number> = {}
  let open = 0
  for (const finding of findings) {
    const entry = byCheck.get(finding.check)!
    if (finding.isDismissed) {
      entry.dismissed++
      continue
    }
    open++
    entry.open[finding.severity]++
    entry.openTotal++
    openByBead[finding.beadId] = (openByBead[finding.beadId] ?? 0) + 1
  }
  return {
    beads,
    open,
    dismissed: findings.length - open,
    beadsWithOpenFindings: Object.keys(openByBead).length,
    byCheck: [...byCheck.values()],
    openByBead,
  }
}

export function matchesStatus(finding: FindingView, status: FindingStatusFilter): boolean {
  return status === 'all' || (status === 'dismissed') === finding.isDismissed
}

/** One page of a check's findings, most severe first, then in document order. */
export function pageOfFindings(
  findings: readonly FindingView[],
  { check, status, offset, limit }: { check: CheckCode; status: FindingStatusFilter; offset: number; limit: number },
): { total: number; items: FindingView[] } {
  const matching = findings
    .filter((finding) => finding.check === check && matchesStatus(finding, status))
    .sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || a.beadNumber - b.beadNumber)
  return { total: matching.length, items: matching.slice(offset, offset + limit) }
}
