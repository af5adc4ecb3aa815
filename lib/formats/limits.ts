import { ImportError } from './import-error'
import { importMessage, sizeParams } from './import-message'
import type { ImportLimits } from './types'

/**
 * 20 MB: a 10,000-paragraph book is 2–3 MB of text, and a .docx with pictures is much
 * larger than its text; more than this is not a document to align in one piece, and a
 * decoded string takes twice its size in memory. 50,000 paragraphs: five times the
 * largest pair Tandem is benchmarked on, still quick to align and to scroll. 10 million
 * characters of text per document (a long book is about 2 million): what a side of an
 * alignment may hold, so a file that is accepted here is never refused when it is saved.
 */
export const defaultImportLimits: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxParagraphs: 50_000, maxChars: 10_000_000 }

export function resolveLimits(limits: Partial<ImportLimits> = {}): ImportLimits {
  return { ...defaultImportLimits, ...limits }
}

/** `fileName` undefined: the text was pasted. */
export function requireSize(byteLength: number, limits: ImportLimits, fileName?: string): void {
  if (byteLength > limits.maxBytes) {
    const sizes = { ...sizeParams(byteLength, 'size'), ...sizeParams(limits.maxBytes, 'limit') }
    throw new ImportError('TOO_LARGE', fileName === undefined ? importMessage('pastedTooLarge', sizes) : importMessage('fileTooLarge', { file: fileName, ...sizes }))
  }
}

export function requireParagraphCount(paragraphs: number, limits: ImportLimits): void {
  if (paragraphs > limits.maxParagraphs) {
    throw new ImportError('TOO_MANY_PARAGRAPHS', importMessage('tooManyParagraphs', { count: paragraphs, limit: limits.maxParagraphs }))
  }
}

export function requireTextLength(chars: number, limits: ImportLimits): void {
  if (chars > limits.maxChars) throw new ImportError('TOO_LARGE', importMessage('textTooLong', { count: chars, limit: limits.maxChars }))
}
