import { importAlignmentFile } from '@/lib/formats/import-alignment'
import { readUpload } from '@/lib/imports/read-upload'
import { ndjsonStream, withUser } from '@/lib/route'

/**
 * Reads an already-aligned file (TMX, XLIFF 1.2/2.x, JSON Lines) for the preview before it
 * is imported; stores nothing. Streams NDJSON ending in `{"type":"done","alignment":{...}}`
 * (format, title, languages, paragraphs, beads as ranges, warnings) or an error line.
 */
export const POST = withUser(async ({ request }) => {
  const upload = await readUpload(request)
  return ndjsonStream(async (send) => {
    send({ type: 'progress', stage: 'read', done: 0, total: 1 })
    return { alignment: { ...(await importAlignmentFile(upload.bytes, { fileName: upload.fileName })), fileName: upload.fileName } }
  })
})
