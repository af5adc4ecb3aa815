// .docx → plain text with mammoth (paragraphs come out separated by blank lines).
import { ImportError } from './import-error'

export async function docxToText(bytes: Uint8Array, fileName: string): Promise<{ text: string; warnings: string[] }> {
  // Loaded on demand: mammoth and its zip reader are large, and only this path needs them.
  const mammoth = await import('mammoth')
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
    return { text: result.value, warnings: result.messages.map((message) => `Word document: ${message.message}`) }
  } catch {
    throw new ImportError('INVALID', `"${fileName}" could not be opened as a Word document; it may be damaged, or not a .docx file.`)
  }
}
