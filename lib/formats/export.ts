// Export dispatch: options, bead selection, streaming in chunks with progress.
import { z } from 'zod'
import { AppError } from '../errors'
import { delimitedWriter } from './delimited'
import { exportFormatNames, exportFormats } from './export-formats'
import { messageDetails } from './import-error'
import { exportMessage } from './import-message'
import { selectBeads, type ExportContext, type FormatWriter } from './export-model'
import { jsonlWriter } from './jsonl'
import { canonicalLanguageTag } from './language'
import { tmxWriter } from './tmx'
import type { ExportFormat, ExportInput, ExportOptions } from './types'
import { xliff12Writer } from './xliff12'
import { xliff21Writer } from './xliff21'

export { exportFormats }

const writers: Record<ExportFormat, FormatWriter> = {
  tmx: tmxWriter,
  xliff12: xliff12Writer,
  xliff21: xliff21Writer,
  csv: delimitedWriter(','),
  tsv: delimitedWriter('\t'),
  jsonl: jsonlWriter,
}

/**
 * Export options as the API and the command line receive them. Defaults: every bead,
 * comments and annotations included, no BOM, and one-sided beads kept only where the
 * format can hold them.
 */
export const exportOptionsSchema = z
  .object({
    format: z.enum(exportFormatNames),
    beads: z.enum(['all', 'confirmed', 'approved']).default('all'),
    oneSided: z.enum(['skip', 'keep']).optional(),
    includeComments: z.boolean().default(true),
    includeAnnotations: z.boolean().default(true),
    bom: z.boolean().default(false),
  })
  .transform(
    (options): ExportOptions => ({
      ...options,
      oneSided: options.oneSided ?? (exportFormats[options.format].canHoldOneSided ? 'keep' : 'skip'),
    }),
  )

const BATCH = 200

/**
 * The export as a sequence of strings (concatenate them, or stream them to a response).
 * `onProgress(done, total)` is called after every batch of beads. Throws an AppError
 * (INVALID_INPUT) before yielding anything when a language tag is not BCP 47 or no bead
 * matches the options (an XLIFF 2 file cannot be empty, and an empty file helps no one).
 */
export function* exportChunks(
  input: ExportInput,
  options: ExportOptions,
  onProgress?: (done: number, total: number) => void,
): Generator<string> {
  const ctx = exportContext(input, options)
  const writer = writers[options.format]
  yield (options.bom ? '\uFEFF' : '') + writer.header(ctx)
  const total = ctx.beads.length
  for (let start = 0; start < total; start += BATCH) {
    const end = Math.min(start + BATCH, total)
    let chunk = ''
    for (let i = start; i < end; i++) chunk += writer.bead(ctx.beads[i], ctx)
    yield chunk
    onProgress?.(end, total)
  }
  yield writer.footer(ctx)
}

export function exportToString(input: ExportInput, options: ExportOptions): string {
  let out = ''
  for (const chunk of exportChunks(input, options)) out += chunk
  return out
}

/** "Ceasefire article (en-de).tmx"-style download name: title, language pair, extension. */
export function exportFileName(input: Pick<ExportInput, 'title' | 'sourceLang' | 'targetLang'>, format: ExportFormat): string {
  const title = input.title.replace(/[\\/:*?"<>|\u0000-\u001F\s]+/g, ' ').trim().slice(0, 100) || 'alignment'
  const variant = format === 'xliff12' ? '.xliff12' : format === 'xliff21' ? '.xliff21' : ''
  return `${title} (${input.sourceLang}-${input.targetLang})${variant}.${exportFormats[format].extension}`
}

function exportContext(input: ExportInput, options: ExportOptions): ExportContext {
  const sourceLang = requireLanguageTag(input.sourceLang, 'source')
  const targetLang = requireLanguageTag(input.targetLang, 'target')
  const beads = selectBeads(input.beads, options)
  if (beads.length === 0) {
    const nothing = exportMessage('exportNothing', { beads: options.beads, oneSided: options.oneSided })
    throw new AppError('INVALID_INPUT', nothing.message, messageDetails(nothing))
  }
  return { input, options, sourceLang, targetLang, beads }
}

function requireLanguageTag(tag: string, side: 'source' | 'target'): string {
  const canonical = canonicalLanguageTag(tag)
  if (!canonical) {
    const invalid = exportMessage('exportLanguage', { side, tag })
    throw new AppError('INVALID_INPUT', invalid.message, messageDetails(invalid))
  }
  return canonical
}
