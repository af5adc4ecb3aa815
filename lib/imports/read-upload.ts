// Reading an uploaded file from a multipart/form-data request, with the size limit enforced
// while the bytes arrive (a declared Content-Length can lie, and a chunked body has none),
// so an oversized upload is refused before it is held in memory.
import { AppError } from '../errors'
import { ImportError, messageDetails } from '../formats/import-error'
import { importMessage } from '../formats/import-message'
import { defaultImportLimits, requireSize } from '../formats/limits'

/** Room for the multipart boundaries and the form's other fields. */
const FORM_OVERHEAD = 64 * 1024

export type Upload = { fileName: string; bytes: Uint8Array; fields: Record<string, string> }

export async function readUpload(request: Request, { maxBytes = defaultImportLimits.maxBytes }: { maxBytes?: number } = {}): Promise<Upload> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data;/i.test(contentType)) {
    throw new AppError('INVALID_INPUT', 'Send the file as multipart/form-data, in a field called "file".')
  }
  const limit = maxBytes + FORM_OVERHEAD
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge(maxBytes)
  const body = await readBody(request, limit, maxBytes)
  let form: FormData
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData()
  } catch {
    const message = importMessage('uploadCutOff')
    throw new AppError('INVALID_INPUT', message.message, messageDetails(message))
  }
  const file = form.get('file')
  if (!(file instanceof Blob)) {
    const message = importMessage('uploadNoFile')
    throw new AppError('INVALID_INPUT', message.message, { field: 'file', ...messageDetails(message) })
  }
  const fileName = ('name' in file && typeof file.name === 'string' && file.name.trim()) || 'upload'
  requireSize(file.size, { ...defaultImportLimits, maxBytes }, fileName)
  const fields: Record<string, string> = {}
  for (const [key, value] of form) if (key !== 'file' && typeof value === 'string') fields[key] = value
  return { fileName: fileName.slice(0, 255), bytes: new Uint8Array(await file.arrayBuffer()), fields }
}

async function readBody(request: Request, limit: number, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const parts: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > limit) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    parts.push(value)
  }
  const body = new Uint8Array(length)
  let at = 0
  for (const part of parts) {
    body.set(part, at)
    at += part.byteLength
  }
  return body
}

function tooLarge(maxBytes: number): ImportError {
  return new ImportError('TOO_LARGE', importMessage('uploadTooLarge', { limit: maxBytes / 1024 / 1024 }))
}
