import { setReviewStatus, type ReviewStatusInput, type ReviewStatusResult } from './set-review-status'

/** Approves the selected beads: their pairing and wording are right. Beads already there are left alone. */
export function approveBeads(input: ReviewStatusInput): Promise<ReviewStatusResult> {
  return setReviewStatus(input, 'approve')
}
