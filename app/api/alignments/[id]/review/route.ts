import { getReviewSummary } from '@/lib/reviews/get-review-summary'
import { withUser } from '@/lib/route'
import { alignmentIdOf, type AlignmentParams } from '../review-request'

/** Everything the review summary shows but the findings: statuses, progress, score, annotations, open threads. */
export const GET = withUser<AlignmentParams>(async ({ user, params }) => getReviewSummary({ alignmentId: alignmentIdOf(params), userId: user.id }))
