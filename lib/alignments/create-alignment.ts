import { z } from 'zod'
import { align, type AlignedBead } from '../alignment'
import { requireProjectAccess } from '../access'
import { db, type Tx } from '../db'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import { insertProject } from '../projects/create-project'
import { messageDetails } from '../formats/import-error'
import { importMessage } from '../formats/import-message'
import { defaultImportLimits } from '../formats/limits'
import { removeForbiddenXmlChars } from '../formats/xml-writer'
import { SourceFormat, type ReviewStatus } from '../generated/prisma/enums'
import { splitParagraphs } from '../text/split-paragraphs'
import { idSchema, languageTagSchema, parseInput } from '../validation/common'

/** Largest text accepted per side (the same limit file imports check, lib/formats/limits.ts). */
export const MAX_TEXT_CHARS = defaultImportLimits.maxChars
/** Most paragraphs per side: the aligner and the editor are measured up to 50,000. */
export const MAX_PARAGRAPHS = defaultImportLimits.maxParagraphs

const documentSchema = z.object({
  text: z.string().max(MAX_TEXT_CHARS, `A text may hold at most ${MAX_TEXT_CHARS.toLocaleString('en')} characters.`),
  language: languageTagSchema,
  title: z.string().trim().max(300).optional(),
  fileName: z.string().trim().max(255).optional(),
  format: z.enum(SourceFormat).default('PASTE'),
  attribution: z.string().max(2000).optional(),
  licence: z.string().max(200).optional(),
})

export const createAlignmentSchema = z
  .object({
    // Either an existing project, or the name of a new one created in the same transaction.
    projectId: idSchema.optional(),
    newProjectName: z.string().trim().min(1).max(200).optional(),
    title: z.string().trim().min(1, 'Give the alignment a title.').max(300),
  split: z.enum(['blank-lines', 'line-breaks']).default('blank-lines'),
    source: documentSchema,
    target: documentSchema,
  })
  .refine((input) => (input.projectId === undefined) !== (input.newProjectName === undefined), {
    message: 'Choose a project or name a new one.',
    path: ['projectId'],
  })
export type CreateAlignmentInput = z.input<typeof createAlignmentSchema>

export type CreateProgress = { stage: 'split' | 'align' | 'save'; done: number; total: number }

function paragraphsOf(side: 'original' | 'translation', text: string, split: 'blank-lines' | 'line-breaks') {
  // Imported text is untrusted: characters XML 1.0 forbids (controls, lone surrogates) would
  // make strict importers reject every export of it, so paragraphs never hold them.
  const paragraphs = splitParagraphs(removeForbiddenXmlChars(text), split)
  const which = side === 'original' ? 'source' : 'target'
  if (paragraphs.length === 0) {
    const empty = importMessage('sideWithoutText', { side: which })
    throw new AppError('INVALID_INPUT', empty.message, { field: which, ...messageDetails(empty) })
  }
  if (paragraphs.length > MAX_PARAGRAPHS) {
    const tooMany = importMessage('sideTooManyParagraphs', { side: which, count: paragraphs.length, limit: MAX_PARAGRAPHS })
    throw new AppError('TOO_LARGE', tooMany.message, messageDetails(tooMany))
  }
  return paragraphs
}

/**
 * Imports an original and its translation, splits both into paragraphs, aligns them and
 * stores everything in one transaction: a failure (or a killed process) stores nothing.
 */
export async function createAlignment(
  { userId, ...input }: CreateAlignmentInput & { userId: string },
  onProgress?: (progress: CreateProgress) => void,
) {
  const data = parseInput(createAlignmentSchema, input)
  // Checked before the expensive work too, so nobody can make the server align for nothing.
  if (data.projectId) await requireProjectAccess(db, { userId, projectId: data.projectId, action: 'alignment.create' })

  onProgress?.({ stage: 'split', done: 0, total: 2 })
  const source = paragraphsOf('original', data.source.text, data.split)
  const target = paragraphsOf('translation', data.target.text, data.split)
  onProgress?.({ stage: 'split', done: 2, total: 2 })
  // The aligner's first report comes after its set-up (a second or more for a book): say now what is running.
  onProgress?.({ stage: 'align', done: 0, total: 1 })

  const beads = align(source, target, {
    sourceLang: data.source.language,
    targetLang: data.target.language,
    onProgress: (done, total) => onProgress?.({ stage: 'align', done, total }),
  })

  return db.$transaction(
    async (tx) => {
      const projectId = data.newProjectName
        ? (await insertProject(tx, { userId, name: data.newProjectName, description: '' })).id
        : (await requireProjectAccess(tx, { userId, projectId: data.projectId!, action: 'alignment.create' })).projectId
      return insertAlignment(tx, {
        userId,
        projectId,
        data,
        source,
        target,
        beads,
        kind: 'alignment.created',
        onSaved: (done, total) => onProgress?.({ stage: 'save', done, total }),
      })
    },
    { timeout: 300_000, maxWait: 60_000 },
  )
}

/**
 * Rows per INSERT. Each INSERT sends its rows as one array per column (unnest), a handful of
 * bind parameters whatever the batch size; a batch is also the step of the progress bar.
 */
const INSERT_BATCH = 5_000

type InsertAlignment = {
  userId: string | null
  projectId: number
  data: z.output<typeof createAlignmentSchema>
  source: string[]
  target: string[]
  beads: (Omit<AlignedBead, 'reasons'> & { reasons: unknown[]; isConfirmed?: boolean; origin?: 'AUTO' | 'MANUAL'; reviewStatus?: ReviewStatus })[]
  kind: 'alignment.created' | 'alignment.imported'
  /** Where the beads come from (default: Tandem's aligner). */
  alignerInfo?: Record<string, string | number>
  /** More for the event's data (e.g. the imported file's name and format). */
  eventData?: Record<string, string | number>
  onSaved?: (done: number, total: number) => void
}

/** Writes both documents, their paragraphs, the alignment and its beads inside `tx`. */
export async function insertAlignment(tx: Tx, { userId, projectId, data, source, target, beads, kind, alignerInfo, eventData, onSaved }: InsertAlignment) {
  const total = source.length + target.length + beads.length
  let saved = 0
  const inBatches = async <T>(rows: T[], insert: (batch: T[], offset: number) => Promise<unknown>) => {
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const batch = rows.slice(start, start + INSERT_BATCH)
      await insert(batch, start)
      saved += batch.length
      onSaved?.(saved, total)
    }
  }
  const document = async (side: z.output<typeof documentSchema>, kindOf: 'ORIGINAL' | 'TRANSLATION', paragraphs: string[]) => {
    const created = await tx.document.create({
      data: {
        projectId,
        kind: kindOf,
        title: side.title || data.title,
        language: side.language,
        sourceFormat: side.format,
        fileName: side.fileName || null,
        rawText: side.text,
        attribution: side.attribution ?? null,
        licence: side.licence ?? null,
        createdById: userId,
      },
      select: { id: true },
    })
    // Regression: createMany binds three parameters per row; on PGlite 10,000 paragraphs took
    // 2–3 s that way and a tenth of it as column arrays.
    await inBatches(paragraphs, (batch, offset) => {
      const positions = batch.map((_, k) => offset + k)
      return tx.$executeRaw`INSERT INTO "Paragraph" ("documentId", "position", "text", "updatedAt")
        SELECT ${created.id}, position, text, now() FROM unnest(${positions}::int[], ${batch}::text[]) AS row(position, text)`
    })
    return created
  }
  const sourceDocument = await document(data.source, 'ORIGINAL', source)
  const targetDocument = await document(data.target, 'TRANSLATION', target)
  const alignment = await tx.alignment.create({
    data: {
      projectId,
      title: data.title,
      sourceDocumentId: sourceDocument.id,
      targetDocumentId: targetDocument.id,
      createdById: userId,
      alignerInfo: alignerInfo ?? { aligner: 'tandem', beads: beads.length },
    },
    select: { id: true, version: true },
  })
  await inBatches(beads, (batch) => {
    const column = <T>(value: (bead: (typeof beads)[number]) => T) => batch.map(value)
    return tx.$executeRaw`INSERT INTO "Bead" ("alignmentId", "srcStart", "srcEnd", "tgtStart", "tgtEnd", "confidence", "reasons", "isConfirmed", "origin", "reviewStatus", "updatedAt")
      SELECT ${alignment.id}, "srcStart", "srcEnd", "tgtStart", "tgtEnd", confidence, reasons::jsonb, "isConfirmed", origin::"BeadOrigin", "reviewStatus"::"ReviewStatus", now()
      FROM unnest(${column((b) => b.srcStart)}::int[], ${column((b) => b.srcEnd)}::int[], ${column((b) => b.tgtStart)}::int[], ${column((b) => b.tgtEnd)}::int[],
        ${column((b) => b.confidence)}::float8[], ${column((b) => JSON.stringify(b.reasons))}::text[], ${column((b) => b.isConfirmed ?? false)}::boolean[],
        ${column((b) => b.origin ?? 'AUTO')}::text[], ${column((b) => b.reviewStatus ?? 'UNREVIEWED')}::text[])
        AS row("srcStart", "srcEnd", "tgtStart", "tgtEnd", confidence, reasons, "isConfirmed", origin, "reviewStatus")`
  })
  await recordEvent(tx, {
    kind,
    userId,
    projectId,
    alignmentId: alignment.id,
    version: alignment.version,
    data: { title: data.title, sourceParagraphs: source.length, targetParagraphs: target.length, beads: beads.length, ...eventData },
  })
  return { id: alignment.id, projectId }
}
