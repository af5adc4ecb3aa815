// Review status is one enum with named transitions (CONVENTIONS.md habit 6, Pontoon's
// cautionary tale of parallel booleans). Pure: the interface offers the transitions the table
// allows; the verbs apply them.
import type { EventKind } from '../events/event-kinds'
import type { ReviewStatus } from '../generated/prisma/enums'

export const reviewStatuses = ['UNREVIEWED', 'APPROVED', 'NEEDS_WORK', 'REJECTED'] as const satisfies readonly ReviewStatus[]

export const reviewTransitions = {
  approve: { to: 'APPROVED', kind: 'review.approved' },
  requestChanges: { to: 'NEEDS_WORK', kind: 'review.changes-requested' },
  reject: { to: 'REJECTED', kind: 'review.rejected' },
  reopen: { to: 'UNREVIEWED', kind: 'review.reopened' },
} as const satisfies Record<string, { to: ReviewStatus; kind: EventKind }>

export type ReviewTransition = keyof typeof reviewTransitions
export const reviewTransitionNames = Object.keys(reviewTransitions) as ReviewTransition[]

/**
 * What a transition does to a bead in `from`: every status may go to every other one (a
 * rejected bead that was fixed can be approved directly); a bead already there is unchanged.
 */
export function applyTransition(transition: ReviewTransition, from: ReviewStatus): ReviewStatus | 'unchanged' {
  const { to } = reviewTransitions[transition]
  return from === to ? 'unchanged' : to
}

/** The transitions that change a selection with these statuses (for the buttons to offer). */
export function availableTransitions(statuses: readonly ReviewStatus[]): ReviewTransition[] {
  return reviewTransitionNames.filter((transition) => statuses.some((status) => applyTransition(transition, status) !== 'unchanged'))
}
