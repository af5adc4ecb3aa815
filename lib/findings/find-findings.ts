import { z } from 'zod'
import type { CheckProgress } from '../checks'
import { idSchema, parseInput } from '../validation/common'
import { computeFindings, type AlignmentFindings } from './compute-findings'

export const findFindingsSchema = z.object({ alignmentId: idSchema })

/**
 * Every automatic finding of the alignment, bead by bead, each marked dismissed or not. A
 * dismissal holds while the finding's fingerprint (its check, detail and both texts) is the
 * same: once either text changes, the finding is new and shows again.
 */
export async function findFindings({ userId, onProgress, ...input }: z.input<typeof findFindingsSchema> & { userId: string; onProgress?: (progress: CheckProgress) => void }): Promise<AlignmentFindings> {
  const { alignmentId } = parseInput(findFindingsSchema, input)
  return computeFindings({ userId, alignmentId, action: 'project.read', onProgress })
}
