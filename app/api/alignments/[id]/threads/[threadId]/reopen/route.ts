import { reopenThread } from '@/lib/comments/reopen-thread'
import { withUser } from '@/lib/route'
import { alignmentIdOf, pathIdOf, type AlignmentParams } from '../../../review-request'

/** Reopens a resolved thread; answers the thread. */
export const POST = withUser<AlignmentParams & { threadId: string }>(async ({ user, params }) =>
  reopenThread({ alignmentId: alignmentIdOf(params), threadId: pathIdOf(params.threadId), userId: user.id }),
)
