// .docx → plain text with mammoth (paragraphs come out separated by blank lines).
import { ImportError } from './import-error'
import { importMessage, type ImportMessage } from './import-message'

/**
 * What the parts of a .docx may unpack to, together. A Word file's pictures are stored
 * (JPEG and PNG hardly compress), so a 20 MB file unpacks to little more; a small file
 * that claims gigabytes is a zip bomb, and mammoth would inflate it in memory.
 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024

export async function docxToText(bytes: Uint8Array, fileName: string): Promise<{ text: string; warnings: ImportMessage[] }> {
  requireSafeZip(bytes, fileName)
  // Loaded on demand: mammoth and its zip reader are large, and only this path needs them.
  const mammoth = await import('mammoth')
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
    return { text: result.value, warnings: result.messages.map((message) => importMessage('docxMessage', { detail: message.message })) }
  } catch {
    throw new ImportError('INVALID', importMessage('docxUnreadable', { file: fileName }))
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_FILE_HEADER = 0x02014b50

/**
 * Reads the ZIP central directory (the archive's table of contents) and refuses archives
 * whose entries claim more than MAX_UNPACKED_BYTES, or ZIP64 sizes (no Word document needs
 * them). A directory that cannot be found is left to mammoth, which then reports the file
 * as damaged.
 */
export function requireSafeZip(bytes: Uint8Array, fileName: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) return
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let unpacked = 0
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) return
    const size = view.getUint32(at + 24, true)
    unpacked += size
    if (size === 0xffffffff || unpacked > MAX_UNPACKED_BYTES) {
      throw new ImportError('TOO_LARGE', importMessage('docxTooLarge', { file: fileName, limit: MAX_UNPACKED_BYTES / 1024 / 1024 }))
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
}
