import { resolveThread } from '@/lib/comments/resolve-thread'
import { withUser } from '@/lib/route'
import { alignmentIdOf, pathIdOf, type AlignmentParams } from '../../../review-request'

/** Resolves a thread (409 when someone resolved it first); answers the thread. */
export const POST = withUser<AlignmentParams & { threadId: string }>(async ({ user, params }) =>
  resolveThread({ alignmentId: alignmentIdOf(params), threadId: pathIdOf(params.threadId), userId: user.id }),
)
