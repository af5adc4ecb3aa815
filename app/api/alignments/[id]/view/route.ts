import { z } from 'zod'
import { getAlignmentView } from '@/lib/alignments/get-alignment-view'
import { withUser } from '@/lib/route'
import { idSchema, parseInput } from '@/lib/validation/common'

const paramsSchema = z.object({ id: idSchema })

/** Everything the editor shows: what it reloads after a conflict or another editor's change. */
export const GET = withUser<{ id: string }>(async ({ user, params }) => {
  const { id } = parseInput(paramsSchema, params)
  return getAlignmentView({ userId: user.id, alignmentId: id })
})
