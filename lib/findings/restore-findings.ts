import type { z } from 'zod'
import { requireAlignmentAccess } from '../access'
import { db } from '../db'
import { parseInput } from '../validation/common'
import { findingSelectionSchema } from './finding-input'
import { recordReviewEvent } from '../reviews/review-context'

export const restoreFindingsSchema = findingSelectionSchema

/** Takes dismissals back (one by one, or every dismissal of a check): the findings show again. */
export async function restoreFindings({ userId, ...input }: z.input<typeof restoreFindingsSchema> & { userId: string }): Promise<{ restored: string[] }> {
  const { alignmentId, fingerprints, check } = parseInput(restoreFindingsSchema, input)
  return db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action: 'review.dismiss' })
    const where = { alignmentId, ...(fingerprints ? { fingerprint: { in: [...new Set(fingerprints)] } } : { fingerprint: { startsWith: `${check}:` } }) }
    const rows = await tx.findingDismissal.findMany({ where, select: { fingerprint: true } })
    if (rows.length === 0) return { restored: [] }
    await tx.findingDismissal.deleteMany({ where: { alignmentId, fingerprint: { in: rows.map((row) => row.fingerprint) } } })
    const restored = rows.map((row) => row.fingerprint)
    await recordReviewEvent(tx, access, userId, 'findings.restored', { ...(check ? { check } : {}), fingerprints: restored })
    return { restored }
  })
}
