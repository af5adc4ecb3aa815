import { setSeverityWeights } from '@/lib/reviews/set-severity-weights'
import { readJson, withUser } from '@/lib/route'
import { idSchema, parseInput } from '@/lib/validation/common'

/** Sets the project's penalty points per severity: `{ weights: { NEUTRAL, MINOR, MAJOR, CRITICAL } }` (owners). */
export const PUT = withUser<{ id: string }>(async ({ request, user, params }) => {
  const body = (await readJson(request, 10_000)) as { weights?: unknown } | null
  return setSeverityWeights({ weights: body?.weights as never, projectId: parseInput(idSchema, params.id), userId: user.id })
})
