import { reopenAnnotation } from '@/lib/annotations/reopen-annotation'
import { withUser } from '@/lib/route'
import { alignmentIdOf, pathIdOf, type AlignmentParams } from '../../../review-request'

/** Opens a resolved annotation again. */
export const POST = withUser<AlignmentParams & { annotationId: string }>(async ({ user, params }) =>
  reopenAnnotation({ alignmentId: alignmentIdOf(params), annotationId: pathIdOf(params.annotationId), userId: user.id }),
)
