// JSON Lines: one self-contained JSON object per bead (no header line), so a corpus
// builder can concatenate files, grep them, or stream them line by line.
import { z } from 'zod'
import type { AlignedFile } from './aligned-file'
import { beadType, commentLines, exportedAnnotations, sideText, type FormatWriter } from './export-model'
import { ImportError } from './import-error'
import { importMessage } from './import-message'

export const jsonlWriter: FormatWriter = {
  header: () => '',
  bead: (bead, ctx) =>
    JSON.stringify({
      bead: bead.index,
      id: bead.id,
      type: beadType(bead),
      sourceLang: ctx.sourceLang,
      targetLang: ctx.targetLang,
      source: sideText(bead.source),
      target: sideText(bead.target),
      sourceParagraphs: bead.source.map((paragraph) => paragraph.number),
      targetParagraphs: bead.target.map((paragraph) => paragraph.number),
      confidence: bead.confidence,
      origin: bead.origin,
      isConfirmed: bead.isConfirmed,
      reviewStatus: bead.reviewStatus,
      ...(ctx.options.includeComments ? { comments: commentLines(bead.comments).map(({ line }) => line) } : {}),
      ...(ctx.options.includeAnnotations
        ? {
            annotations: exportedAnnotations(bead).map(({ side, paragraphNumber, start, end, quote, category, severity, note, status }) => ({
              side,
              paragraph: paragraphNumber,
              start,
              end,
              quote,
              category,
              severity,
              note,
              status,
            })),
          }
        : {}),
    }) + '\n',
  footer: () => '',
}

// What import needs from a line; anything else on it is ignored.
const lineSchema = z.object({
  sourceLang: z.string(),
  targetLang: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
  origin: z.enum(['AUTO', 'MANUAL']).optional(),
  isConfirmed: z.boolean().optional(),
  reviewStatus: z.enum(['UNREVIEWED', 'APPROVED', 'NEEDS_WORK', 'REJECTED']).optional(),
})

export function readJsonl(text: string): AlignedFile {
  const lines = text.split('\n')
  const units = lines.flatMap((line, i) => {
    if (line.trim() === '') return []
    const { type, ...fields } = parseLine(line, i + 1)
    const { sourceLang, targetLang, source, target, ...meta } = fields
    return [{ source, target, meta: { ...meta, isTandem: type !== undefined }, sourceLang, targetLang }]
  })
  return { format: 'JSONL', sourceLang: units[0]?.sourceLang, targetLang: units[0]?.targetLang, units, warnings: [] }
}

function parseLine(line: string, number: number): z.infer<typeof lineSchema> {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    throw new ImportError('INVALID', importMessage('jsonlNotJson', { line: number }), { line: number, column: 1 })
  }
  const parsed = lineSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    // zod's wording of the problem (English) is the detail.
    throw new ImportError('INVALID', importMessage('jsonlInvalidBead', { line: number, path: issue.path.join('.') || 'line', detail: issue.message.toLowerCase() }), {
      line: number,
      column: 1,
    })
  }
  return parsed.data
}
