import { z } from 'zod'
import { findParagraphRevisions } from '@/lib/paragraphs/find-paragraph-revisions'
import { withUser } from '@/lib/route'
import { idSchema, parseInput } from '@/lib/validation/common'

const querySchema = z.object({ id: idSchema, side: z.enum(['source', 'target']), position: z.coerce.number().int().min(0) })

/** `?side=target&position=3`: that paragraph's revisions, newest first, each as a word diff. */
export const GET = withUser<{ id: string }>(async ({ request, user, params }) => {
  const search = Object.fromEntries(request.nextUrl.searchParams)
  const { id, side, position } = parseInput(querySchema, { ...search, id: params.id })
  return findParagraphRevisions({ userId: user.id, alignmentId: id, side, position })
})
