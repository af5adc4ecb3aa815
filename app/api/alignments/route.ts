import { createAlignment, MAX_TEXT_CHARS, type CreateAlignmentInput } from '@/lib/alignments/create-alignment'
import { ndjsonStream, readJson, withUser } from '@/lib/route'

// Two texts of up to MAX_TEXT_CHARS characters, at most 4 bytes each in UTF-8, plus metadata.
const MAX_BODY_BYTES = 2 * MAX_TEXT_CHARS * 4 + 100_000

/**
 * Creates an alignment from two texts. The response streams progress as NDJSON
 * (`{"type":"progress","stage":"align","done":3,"total":10}`) and ends with
 * `{"type":"done","id":12}` or `{"type":"error","error":{...}}`.
 */
export const POST = withUser(async ({ request, user }) => {
  // The verb validates every field with zod; the cast only lets it see the object.
  const input = (await readJson(request, MAX_BODY_BYTES)) as CreateAlignmentInput
  return ndjsonStream(async (send) => {
    const created = await createAlignment({ ...input, userId: user.id }, (progress) =>
      send({ type: 'progress', ...progress }),
    )
    return created
  })
})
