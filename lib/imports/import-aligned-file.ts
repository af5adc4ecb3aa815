// An already-aligned file (TMX, XLIFF 1.2, XLIFF 2.x, Tandem's JSON Lines) becomes an
// alignment directly: its units are the beads, nothing is re-aligned. One transaction: a
// file that fails anywhere, in parsing or in the database, stores nothing.
import { z } from 'zod'
import { requireProjectAccess } from '../access'
import { createAlignmentSchema, insertAlignment } from '../alignments/create-alignment'
import { db } from '../db'
import { AppError } from '../errors'
import { importAlignmentFile } from '../formats/import-alignment'
import { messageDetails } from '../formats/import-error'
import { importMessage, type ImportMessage } from '../formats/import-message'
import type { AlignmentFileFormat, ImportedAlignment } from '../formats/types'
import type { SourceFormat } from '../generated/prisma/enums'
import { insertProject } from '../projects/create-project'
import { idSchema, languageTagSchema, parseInput } from '../validation/common'

export const importAlignedFileSchema = z
  .object({
    projectId: idSchema.optional(),
    newProjectName: z.string().trim().min(1).max(200).optional(),
    /** Empty: the title the file carries, else its name. */
    title: z.string().trim().max(300).optional(),
    /** Overrides of the languages the file declares (or that were detected). */
    sourceLanguage: languageTagSchema.optional(),
    targetLanguage: languageTagSchema.optional(),
    fileName: z.string().trim().min(1).max(255),
  })
  .refine((input) => (input.projectId === undefined) !== (input.newProjectName === undefined), {
    message: 'Choose a project or name a new one.',
    path: ['projectId'],
  })
export type ImportAlignedFileInput = z.input<typeof importAlignedFileSchema>

export type ImportProgress = { stage: 'read' | 'save'; done: number; total: number }

const sourceFormats: Record<AlignmentFileFormat, SourceFormat> = { TMX: 'TMX', XLIFF12: 'XLIFF12', XLIFF2: 'XLIFF2', JSONL: 'JSON' }

export async function importAlignedFile(
  { userId, bytes, ...input }: ImportAlignedFileInput & { userId: string; bytes: Uint8Array },
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ id: number; projectId: number; warnings: ImportMessage[] }> {
  const options = parseInput(importAlignedFileSchema, input)
  // Checked before the file is parsed too, so nobody can make the server parse for nothing.
  if (options.projectId) await requireProjectAccess(db, { userId, projectId: options.projectId, action: 'alignment.create' })

  onProgress?.({ stage: 'read', done: 0, total: 1 })
  const imported = await importAlignmentFile(bytes, { fileName: options.fileName })
  onProgress?.({ stage: 'read', done: 1, total: 1 })

  const side = (which: 'source' | 'target') => ({
    text: imported[which].join('\n\n'),
    language: requireLanguage(options[`${which}Language`] ?? imported[`${which}Lang`], which),
    fileName: options.fileName,
    format: sourceFormats[imported.format],
  })
  const data = createAlignmentSchema.parse({
    ...(options.projectId ? { projectId: options.projectId } : { newProjectName: options.newProjectName }),
    title: options.title || imported.title?.trim().slice(0, 300) || options.fileName.replace(/\.[^.]+$/, '') || options.fileName,
    source: side('source'),
    target: side('target'),
  })
  const beads = imported.beads.map((bead) => ({
    ...bead,
    // A third-party unit was paired by a person or their tool, not guessed by Tandem's aligner.
    confidence: bead.confidence ?? 1,
    origin: bead.origin ?? ('MANUAL' as const),
    reasons: [],
  }))

  const created = await db.$transaction(
    async (tx) => {
      const projectId = options.newProjectName
        ? (await insertProject(tx, { userId, name: options.newProjectName, description: '' })).id
        : (await requireProjectAccess(tx, { userId, projectId: options.projectId!, action: 'alignment.create' })).projectId
      return insertAlignment(tx, {
        userId,
        projectId,
        data,
        source: imported.source,
        target: imported.target,
        beads,
        kind: 'alignment.imported',
        alignerInfo: { importedFrom: imported.format, fileName: options.fileName, beads: beads.length },
        eventData: { format: imported.format, fileName: options.fileName, warnings: imported.warnings.length },
        onSaved: (done, total) => onProgress?.({ stage: 'save', done, total }),
      })
    },
    { timeout: 300_000, maxWait: 60_000 },
  )
  return { ...created, warnings: imported.warnings }
}

/** "und" means the file did not say and detection could not tell: the user has to. */
function requireLanguage(tag: ImportedAlignment['sourceLang'], side: 'source' | 'target'): string {
  const refuse = (message: ImportMessage) => new AppError('INVALID_INPUT', message.message, { field: `${side}Language`, ...messageDetails(message) })
  if (tag === 'und') throw refuse(importMessage('languageUnknown', { side }))
  const parsed = languageTagSchema.safeParse(tag)
  if (!parsed.success) throw refuse(importMessage('languageUnusable', { side, tag }))
  return parsed.data
}
