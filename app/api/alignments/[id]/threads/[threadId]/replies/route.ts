import { replyToThread } from '@/lib/comments/reply-to-thread'
import { withUser } from '@/lib/route'
import { alignmentIdOf, bodyOf, pathIdOf, type AlignmentParams } from '../../../review-request'

/** Replies to a thread: `{ body }`; answers the thread. */
export const POST = withUser<AlignmentParams & { threadId: string }>(async ({ request, user, params }) =>
  replyToThread({ ...((await bodyOf(request)) as { body: string }), alignmentId: alignmentIdOf(params), threadId: pathIdOf(params.threadId), userId: user.id }),
)
