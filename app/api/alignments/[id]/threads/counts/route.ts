import { countThreads } from '@/lib/comments/count-threads'
import { withUser } from '@/lib/route'
import { alignmentIdOf, type AlignmentParams } from '../../review-request'

/** Open and resolved threads per bead id: `{ "12": { "open": 1, "resolved": 0 } }`. */
export const GET = withUser<AlignmentParams>(async ({ user, params }) => countThreads({ alignmentId: alignmentIdOf(params), userId: user.id }))
