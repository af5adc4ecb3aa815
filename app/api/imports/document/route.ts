import { z } from 'zod'
import { importDocument } from '@/lib/formats/import-document'
import { readUpload } from '@/lib/imports/read-upload'
import { ndjsonStream, withUser } from '@/lib/route'
import { parseInput } from '@/lib/validation/common'

const fieldsSchema = z.object({ split: z.enum(['blank-lines', 'line-breaks']).default('blank-lines') })

/**
 * Reads one uploaded document (.txt in UTF-8, UTF-16 or Windows-1252, .md, .html, .docx)
 * into plain text for the create form's preview; stores nothing. Streams NDJSON:
 * `{"type":"progress","stage":"read",...}`, then `{"type":"done","document":{...}}` with the
 * text, the detected language and any warnings (`{ code, params, message }` each, see
 * lib/formats/import-message.ts), or `{"type":"error","error":{...}}`.
 */
export const POST = withUser(async ({ request }) => {
  const upload = await readUpload(request)
  const { split } = parseInput(fieldsSchema, upload.fields)
  return ndjsonStream(async (send) => {
    send({ type: 'progress', stage: 'read', done: 0, total: 1 })
    const { paragraphs, ...document } = await importDocument(upload.bytes, { fileName: upload.fileName, split })
    return { document: { ...document, fileName: upload.fileName, paragraphCount: paragraphs.length } }
  })
})
