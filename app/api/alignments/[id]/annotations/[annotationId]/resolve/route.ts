import { resolveAnnotation } from '@/lib/annotations/resolve-annotation'
import { withUser } from '@/lib/route'
import { alignmentIdOf, pathIdOf, type AlignmentParams } from '../../../review-request'

/** Marks an annotated error as fixed. */
export const POST = withUser<AlignmentParams & { annotationId: string }>(async ({ user, params }) =>
  resolveAnnotation({ alignmentId: alignmentIdOf(params), annotationId: pathIdOf(params.annotationId), userId: user.id }),
)
