import { ImportError } from './import-error'
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

export function requireSize(byteLength: number, limits: ImportLimits, what: string): void {
  if (byteLength > limits.maxBytes) {
    throw new ImportError('TOO_LARGE', `${what} is ${size(byteLength)}; the limit is ${size(limits.maxBytes)}. Split it into smaller parts.`)
  }
}

export function requireParagraphCount(paragraphs: number, limits: ImportLimits): void {
  if (paragraphs > limits.maxParagraphs) {
    throw new ImportError(
      'TOO_MANY_PARAGRAPHS',
      `The text has ${paragraphs.toLocaleString('en')} paragraphs; the limit is ${limits.maxParagraphs.toLocaleString('en')}. Split it into smaller documents.`,
    )
  }
}

export function requireTextLength(chars: number, limits: ImportLimits, what = 'The text'): void {
  if (chars > limits.maxChars) {
    throw new ImportError(
      'TOO_LARGE',
      `${what} has ${chars.toLocaleString('en')} characters; the limit is ${limits.maxChars.toLocaleString('en')}. Split it into smaller documents.`,
    )
  }
}

function size(bytes: number): string {
  const [value, unit] = bytes < 1024 ? [bytes, 'bytes'] : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB']
  return `${value.toLocaleString('en', { maximumFractionDigits: 1 })} ${unit}`
}
