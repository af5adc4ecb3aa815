import { importAlignedFile, type ImportAlignedFileInput } from '@/lib/imports/import-aligned-file'
import { readUpload } from '@/lib/imports/read-upload'
import { ndjsonStream, withUser } from '@/lib/route'

const FIELDS = ['projectId', 'newProjectName', 'title', 'sourceLanguage', 'targetLanguage'] as const

/**
 * Imports an already-aligned file as a new alignment (multipart: `file`, and `projectId` or
 * `newProjectName`, optional `title`, `sourceLanguage`, `targetLanguage`). Streams NDJSON
 * progress (`read`, then `save` with done/total rows) and ends with
 * `{"type":"done","id":12,"projectId":3,"warnings":[...]}` or an error line; a failed
 * import stores nothing. A warning is `{ code, params, message }` (lib/formats/import-message.ts);
 * an error's `details` carry the same `code` and `params`, `message` is the English sentence.
 */
export const POST = withUser(async ({ request, user }) => {
  const upload = await readUpload(request)
  // Empty form fields mean "not given"; the verb validates the rest with zod.
  const fields = Object.fromEntries(FIELDS.flatMap((name) => (upload.fields[name]?.trim() ? [[name, upload.fields[name].trim()]] : []))) as Omit<
    ImportAlignedFileInput,
    'fileName'
  >
  return ndjsonStream(async (send) =>
    importAlignedFile({ ...fields, fileName: upload.fileName, bytes: upload.bytes, userId: user.id }, (progress) => send({ type: 'progress', ...progress })),
  )
})
