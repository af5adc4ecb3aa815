import { setReviewStatus, type ReviewStatusInput, type ReviewStatusResult } from './set-review-status'

/** Sets the selected beads back to unreviewed. Beads already there are left alone. */
export function reopenBeads(input: ReviewStatusInput): Promise<ReviewStatusResult> {
  return setReviewStatus(input, 'reopen')
}
