import { setReviewStatus, type ReviewStatusInput, type ReviewStatusResult } from './set-review-status'

/** Marks the selected beads as needing work (the wording must be fixed). Beads already there are left alone. */
export function requestChanges(input: ReviewStatusInput): Promise<ReviewStatusResult> {
  return setReviewStatus(input, 'requestChanges')
}
