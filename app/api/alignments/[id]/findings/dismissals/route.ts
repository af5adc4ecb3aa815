import { dismissFindings } from '@/lib/findings/dismiss-findings'
import { restoreFindings } from '@/lib/findings/restore-findings'
import { withUser } from '@/lib/route'
import { alignmentIdOf, bodyOf, type AlignmentParams } from '../../review-request'

/** Dismisses findings: `{ fingerprints: [..] }` or `{ check: "entities" }` (every current one). */
export const POST = withUser<AlignmentParams>(async ({ request, user, params }) => dismissFindings({ ...(await bodyOf(request)), alignmentId: alignmentIdOf(params), userId: user.id }))

/** Takes dismissals back: `{ fingerprints: [..] }` or `{ check }`. */
export const DELETE = withUser<AlignmentParams>(async ({ request, user, params }) => restoreFindings({ ...(await bodyOf(request)), alignmentId: alignmentIdOf(params), userId: user.id }))
