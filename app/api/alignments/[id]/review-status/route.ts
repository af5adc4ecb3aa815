import { z } from 'zod'
import { approveBeads } from '@/lib/reviews/approve-beads'
import { rejectBeads } from '@/lib/reviews/reject-beads'
import { reopenBeads } from '@/lib/reviews/reopen-beads'
import { requestChanges } from '@/lib/reviews/request-changes'
import { reviewTransitionNames } from '@/lib/reviews/review-transitions'
import type { ReviewStatusInput } from '@/lib/reviews/set-review-status'
import { withUser } from '@/lib/route'
import { parseInput } from '@/lib/validation/common'
import { alignmentIdOf, bodyOf, type AlignmentParams } from '../review-request'

const verbs = { approve: approveBeads, requestChanges, reject: rejectBeads, reopen: reopenBeads }
const transitionSchema = z.object({ transition: z.enum(reviewTransitionNames as [keyof typeof verbs, ...(keyof typeof verbs)[]]) })

/**
 * A named review-status transition on a selection:
 * `{ transition: "approve" | "requestChanges" | "reject" | "reopen", beadIds: [..], seen?: [..] }`.
 */
export const POST = withUser<AlignmentParams>(async ({ request, user, params }) => {
  const { transition, ...rest } = await bodyOf(request)
  const verb = verbs[parseInput(transitionSchema, { transition }).transition]
  return verb({ ...(rest as Omit<ReviewStatusInput, 'userId' | 'alignmentId'>), alignmentId: alignmentIdOf(params), userId: user.id })
})
