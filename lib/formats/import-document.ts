// Importing one document: bytes or pasted text → plain text → paragraphs, with limits.
import { normalizeNewlines, splitParagraphs, type SplitMode } from '../text/split-paragraphs'
import { decodeText } from './decode'
import { docxToText } from './docx'
import { htmlToText } from './html'
import { ImportError } from './import-error'
import { importMessage, type ImportMessage } from './import-message'
import { detectLanguage } from './language'
import { requireParagraphCount, requireSize, requireTextLength, resolveLimits } from './limits'
import { markdownToText } from './markdown'
import type { DocumentFormat, ImportedDocument, ImportLimits } from './types'
import { countForbiddenXmlChars, removeForbiddenXmlChars } from './xml-writer'

const formatsByExtension: Record<string, Exclude<DocumentFormat, 'PASTE'>> = {
  txt: 'TXT',
  text: 'TXT',
  md: 'MARKDOWN',
  markdown: 'MARKDOWN',
  html: 'HTML',
  htm: 'HTML',
  xhtml: 'HTML',
  docx: 'DOCX',
}

/** Extensions refused with advice (the formatRefused message says what to do with each). */
const refusedExtensions = new Set(['doc', 'odt', 'rtf', 'pdf', 'tmx', 'xlf', 'xliff'])

type ImportOptions = { split: SplitMode; limits?: Partial<ImportLimits> }

export async function importDocument(bytes: Uint8Array, options: ImportOptions & { fileName: string }): Promise<ImportedDocument> {
  const limits = resolveLimits(options.limits)
  const { fileName } = options
  requireSize(bytes.byteLength, limits, fileName)
  const format = documentFormat(fileName)
  if (bytes.byteLength === 0) throw new ImportError('EMPTY', importMessage('fileEmpty', { file: fileName }))
  if (format === 'DOCX') {
    const { text, warnings } = await docxToText(bytes, fileName)
    return finish('DOCX', text, { ...options, limits }, warnings)
  }
  const decoded = decodeText(bytes, fileName)
  const text = format === 'HTML' ? htmlToText(decoded.text) : format === 'MARKDOWN' ? markdownToText(decoded.text) : decoded.text
  return finish(format, text, { ...options, limits }, decoded.warnings, decoded.encoding)
}

/** Pasted text goes through the same cleaning, limits and language detection as a file. */
export function importText(text: string, options: ImportOptions): ImportedDocument {
  const limits = resolveLimits(options.limits)
  requireSize(new TextEncoder().encode(text).byteLength, limits)
  return finish('PASTE', text, { ...options, limits }, [])
}

function documentFormat(fileName: string): Exclude<DocumentFormat, 'PASTE'> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  const format = formatsByExtension[extension]
  if (format) return format
  throw new ImportError(
    'UNSUPPORTED',
    refusedExtensions.has(extension) ? importMessage('formatRefused', { extension }) : importMessage('formatUnsupported', { file: fileName }),
  )
}

function finish(
  format: DocumentFormat,
  extracted: string,
  options: ImportOptions & { limits: ImportLimits },
  warnings: ImportMessage[],
  encoding?: string,
): ImportedDocument {
  const text = removeForbiddenXmlChars(normalizeNewlines(extracted))
  const removed = countForbiddenXmlChars(extracted)
  // Decoded binary data is full of control characters; a few in real text are noise.
  if (removed > 8 && removed > text.length / 100) {
    throw new ImportError('BINARY', importMessage('mostlyControlChars'))
  }
  const paragraphs = splitParagraphs(text, options.split)
  if (paragraphs.length === 0) {
    throw new ImportError('EMPTY', importMessage(format === 'HTML' ? 'pageWithoutText' : 'noText'))
  }
  requireParagraphCount(paragraphs.length, options.limits)
  requireTextLength(text.length, options.limits)
  return {
    format,
    text,
    paragraphs,
    ...(encoding ? { encoding } : {}),
    language: detectLanguage(text),
    warnings: removed ? [...warnings, importMessage('controlCharsRemoved', { count: removed })] : warnings,
  }
}
