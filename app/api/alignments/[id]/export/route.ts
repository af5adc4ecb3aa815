import { getExportInput } from '@/lib/exports/get-export-input'
import { exportQuerySchema } from '@/lib/exports/export-query'
import { exportChunks, exportFileName, exportFormats } from '@/lib/formats/export'
import { ndjsonStream, withUser } from '@/lib/route'
import { notFound } from '@/lib/errors'
import { idSchema, parseInput } from '@/lib/validation/common'

/**
 * Exports a stored alignment. GET /api/alignments/12/export?format=tmx|xliff12|xliff21|csv|tsv|jsonl
 * [&beads=all|confirmed|approved][&oneSided=skip|keep][&comments=false][&annotations=false][&bom=true]
 * answers with the file as a download (streamed). With `Accept: application/x-ndjson` it
 * streams progress lines and the file in `chunk` lines instead (the export page shows
 * progress that way), ending with `{"type":"done","fileName":…,"mimeType":…,"beads":n}`.
 */
export const GET = withUser<{ id: string }>(async ({ request, user, params }) => {
  const alignmentId = idSchema.safeParse(params.id)
  if (!alignmentId.success) throw notFound('This alignment')
  const options = parseInput(exportQuerySchema, Object.fromEntries(new URL(request.url).searchParams))
  const { mimeType } = exportFormats[options.format]

  if (request.headers.get('accept')?.includes('application/x-ndjson')) {
    return ndjsonStream(async (send) => {
      send({ type: 'progress', stage: 'read', done: 0, total: 1 })
      const input = await getExportInput({ userId: user.id, alignmentId: alignmentId.data })
      send({ type: 'progress', stage: 'read', done: 1, total: 1 })
      let written = 0
      const onProgress = (done: number, total: number) => {
        written = done
        send({ type: 'progress', stage: 'write', done, total })
      }
      for (const text of exportChunks(input, options, onProgress)) {
        send({ type: 'chunk', text })
        // Let the response flush between batches, so progress arrives while the file is written.
        await new Promise((resolve) => setImmediate(resolve))
      }
      return { fileName: exportFileName(input, options.format), mimeType, beads: written }
    })
  }

  const input = await getExportInput({ userId: user.id, alignmentId: alignmentId.data })
  const chunks = exportChunks(input, options)
  // The first chunk is written before the response starts, so a refusal (no bead matches,
  // a language tag that is not BCP 47) is a JSON error with its status, not a cut-off file.
  const first = chunks.next()
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value))
    },
    pull(controller) {
      const next = chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
  })
  return new Response(body, {
    headers: {
      'content-type': `${mimeType}; charset=utf-8`,
      'content-disposition': contentDisposition(exportFileName(input, options.format)),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  })
})

/** RFC 6266: an ASCII fallback name, and the real one in UTF-8 (RFC 5987) for browsers that read it. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7E]/g, '').replace(/["\\%]/g, '_') || 'export'
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`
}
