import { createAnnotation } from '@/lib/annotations/create-annotation'
import { findAnnotations } from '@/lib/annotations/find-annotations'
import { withUser } from '@/lib/route'
import { alignmentIdOf, bodyOf, type AlignmentParams } from '../review-request'

/** The alignment's annotations: `?status=OPEN,OUTDATED` (all when left out). */
export const GET = withUser<AlignmentParams>(async ({ request, user, params }) => {
  const status = request.nextUrl.searchParams.get('status')
  return findAnnotations({ alignmentId: alignmentIdOf(params), userId: user.id, ...(status ? { status: status.split(',') as ('OPEN' | 'RESOLVED' | 'OUTDATED')[] } : {}) })
})

/** Annotates a span: `{ span: { side, position, start, end, quote }, category, severity, note? }`. */
export const POST = withUser<AlignmentParams>(async ({ request, user, params }) =>
  createAnnotation({ ...((await bodyOf(request)) as Parameters<typeof createAnnotation>[0]), alignmentId: alignmentIdOf(params), userId: user.id }),
)
