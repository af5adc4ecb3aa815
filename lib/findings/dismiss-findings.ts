import type { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { AppError } from '../errors'
import { parseInput } from '../validation/common'
import { computeFindings } from './compute-findings'
import { findingSelectionSchema } from './finding-input'
import { recordReviewEvent } from '../reviews/review-context'

export const dismissFindingsSchema = findingSelectionSchema

export type DismissResult = { dismissed: string[]; alreadyDismissed: number }

/**
 * Dismisses findings one by one (fingerprints) or every current finding of a check. Only
 * current findings can be dismissed: a fingerprint the checks no longer produce (its text
 * changed since the user saw it) refuses the whole request, so nothing is dismissed by mistake.
 */
export async function dismissFindings({ userId, ...input }: z.input<typeof dismissFindingsSchema> & { userId: string }): Promise<DismissResult> {
  const { alignmentId, fingerprints, check } = parseInput(dismissFindingsSchema, input)
  const current = await computeFindings({ userId, alignmentId, action: 'review.dismiss' })
  const byFingerprint = new Map(current.findings.map((finding) => [finding.fingerprint, finding]))
  let selected: string[]
  if (fingerprints) {
    selected = [...new Set(fingerprints)]
    const stale = selected.filter((fingerprint) => !byFingerprint.has(fingerprint))
    if (stale.length) {
      throw new AppError('CONFLICT', stale.length === selected.length && selected.length === 1 ? 'This finding no longer exists: its text was changed. Reload to see the current findings.' : `${stale.length} of these findings no longer exist: their text was changed. Reload to see the current findings.`, { stale: stale.length })
    }
  } else {
    selected = [...new Set(current.findings.filter((finding) => finding.check === check).map((finding) => finding.fingerprint))]
  }
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.dismiss' })
    const existing = new Set(
      (await tx.findingDismissal.findMany({ where: { alignmentId, fingerprint: { in: selected } }, select: { fingerprint: true } })).map((row) => row.fingerprint),
    )
    const fresh = selected.filter((fingerprint) => !existing.has(fingerprint))
    // skipDuplicates: a concurrent dismissal of the same finding is not an error.
    const { count } = await tx.findingDismissal.createMany({ data: fresh.map((fingerprint) => ({ alignmentId, fingerprint, userId })), skipDuplicates: true })
    if (count > 0) {
      await recordReviewEvent(tx, access, userId, 'findings.dismissed', {
        ...(check ? { check } : {}),
        findings: fresh.map((fingerprint) => ({ fingerprint, beadId: byFingerprint.get(fingerprint)!.beadId })),
      })
    }
    return { dismissed: fresh, alreadyDismissed: selected.length - fresh.length }
  })
}
