import { findThreads } from '@/lib/comments/find-threads'
import { startThread } from '@/lib/comments/start-thread'
import { withUser } from '@/lib/route'
import { alignmentIdOf, bodyOf, queryOf, type AlignmentParams } from '../review-request'

/** The alignment's comment threads: `?status=open|resolved|all&beadId=12`. */
export const GET = withUser<AlignmentParams>(async ({ request, user, params }) => findThreads({ ...queryOf(request), alignmentId: alignmentIdOf(params), userId: user.id }))

/** Starts a thread: `{ beadId, body, anchor?: { side, position } }`; answers the thread. */
export const POST = withUser<AlignmentParams>(async ({ request, user, params }) =>
  startThread({ ...((await bodyOf(request)) as Parameters<typeof startThread>[0]), alignmentId: alignmentIdOf(params), userId: user.id }),
)
