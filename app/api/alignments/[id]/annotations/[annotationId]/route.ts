import { deleteAnnotation } from '@/lib/annotations/delete-annotation'
import { editAnnotation } from '@/lib/annotations/edit-annotation'
import { withUser } from '@/lib/route'
import { alignmentIdOf, bodyOf, pathIdOf, type AlignmentParams } from '../../review-request'

type Params = AlignmentParams & { annotationId: string }

/** Changes one's own annotation: `{ category?, severity?, note? }`. */
export const PATCH = withUser<Params>(async ({ request, user, params }) =>
  editAnnotation({ ...(await bodyOf(request)), alignmentId: alignmentIdOf(params), annotationId: pathIdOf(params.annotationId), userId: user.id }),
)

/** Deletes one's own annotation. */
export const DELETE = withUser<Params>(async ({ user, params }) => deleteAnnotation({ alignmentId: alignmentIdOf(params), annotationId: pathIdOf(params.annotationId), userId: user.id }))
