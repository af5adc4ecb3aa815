import { setReviewStatus, type ReviewStatusInput, type ReviewStatusResult } from './set-review-status'

/** Rejects the selected beads (the translation is wrong and must be redone). Beads already there are left alone. */
export function rejectBeads(input: ReviewStatusInput): Promise<ReviewStatusResult> {
  return setReviewStatus(input, 'reject')
}
