import { getReviewMarks } from '@/lib/reviews/get-review-marks'
import { withUser } from '@/lib/route'
import { alignmentIdOf, type AlignmentParams } from '../review-request'

/** What the editor draws over its rows for review: statuses, annotations, where threads hang, weights, the stamp. */
export const GET = withUser<AlignmentParams>(async ({ user, params }) => getReviewMarks({ alignmentId: alignmentIdOf(params), userId: user.id }))
