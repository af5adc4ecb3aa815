import { deleteComment } from '@/lib/comments/delete-comment'
import { editComment } from '@/lib/comments/edit-comment'
import { withUser } from '@/lib/route'
import { alignmentIdOf, bodyOf, pathIdOf, type AlignmentParams } from '../../review-request'

type Params = AlignmentParams & { commentId: string }

/** Changes the text of one's own comment: `{ body }`; answers the thread. */
export const PATCH = withUser<Params>(async ({ request, user, params }) =>
  editComment({ ...((await bodyOf(request)) as { body: string }), alignmentId: alignmentIdOf(params), commentId: pathIdOf(params.commentId), userId: user.id }),
)

/** Deletes one's own comment; answers `{ thread }` (null when nothing of it is left). */
export const DELETE = withUser<Params>(async ({ user, params }) => ({
  thread: await deleteComment({ alignmentId: alignmentIdOf(params), commentId: pathIdOf(params.commentId), userId: user.id }),
}))
