import { z } from 'zod'
import { realignAlignment } from '@/lib/beads/realign-alignment'
import { progressStream, readJson, withUser } from '@/lib/route'
import { idSchema, parseInput } from '@/lib/validation/common'

const paramsSchema = z.object({ id: idSchema })

/**
 * Re-aligns everything not confirmed. `{ "expectedVersion": 7, "keepManual": false }`
 * (`keepManual: true` keeps beads changed by hand but not confirmed as well); the
 * response streams progress as NDJSON (`{"type":"progress","stage":"align","done":3,"total":10}`)
 * and ends with `{"type":"done", ...patch}` or `{"type":"error","error":{...}}`. A refusal
 * before the work starts (not a member, not allowed, a stale version) is an HTTP status.
 */
export const POST = withUser<{ id: string }>(async ({ request, user, params }) => {
  const { id } = parseInput(paramsSchema, params)
  const input = (await readJson(request, 10_000)) as Record<string, unknown>
  return progressStream((send) => realignAlignment({ ...input, alignmentId: id, userId: user.id } as Parameters<typeof realignAlignment>[0], (progress) => send({ type: 'progress', ...progress })))
})
