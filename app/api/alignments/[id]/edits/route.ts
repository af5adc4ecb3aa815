import { z } from 'zod'
import { getAlignmentView } from '@/lib/alignments/get-alignment-view'
import { confirmBeads } from '@/lib/beads/confirm-beads'
import { detachParagraph } from '@/lib/beads/detach-paragraph'
import { mergeBeads } from '@/lib/beads/merge-beads'
import { moveParagraph } from '@/lib/beads/move-paragraph'
import { pairParagraphs } from '@/lib/beads/pair-paragraphs'
import { realignAlignment } from '@/lib/beads/realign-alignment'
import { shiftParagraph } from '@/lib/beads/shift-paragraph'
import { splitBead } from '@/lib/beads/split-bead'
import { redoEdit, undoEdit } from '@/lib/beads/undo-edit'
import { editParagraphText, MAX_PARAGRAPH_CHARS } from '@/lib/paragraphs/edit-paragraph-text'
import { joinParagraphs } from '@/lib/paragraphs/join-paragraphs'
import { splitParagraph } from '@/lib/paragraphs/split-paragraph'
import { readJson, withUser } from '@/lib/route'
import { idSchema, parseInput } from '@/lib/validation/common'

// The editing operations as a JSON API, for scripts and the load test (scripts/load/): one
// POST per operation, named by `operation`, with the verb's own fields and the
// `expectedVersion` the caller saw. Each verb checks permission and validates every field.
// GET returns the alignment view the operations are based on (version, beads, texts).
// Answers: the bead patch, or { error } with 400/403/404/409 (stale version: re-read).

type Verb = (input: { userId: string; alignmentId: number } & Record<string, unknown>) => Promise<unknown>

const operations = {
  merge: mergeBeads,
  split: splitBead,
  shift: shiftParagraph,
  detach: detachParagraph,
  pair: pairParagraphs,
  move: moveParagraph,
  confirm: confirmBeads,
  realign: realignAlignment,
  undo: undoEdit,
  redo: redoEdit,
  editText: editParagraphText,
  splitParagraph,
  joinParagraphs,
} as unknown as Record<string, Verb>

const operationSchema = z.object({ operation: z.enum(Object.keys(operations) as [string, ...string[]]) }).passthrough()
const paramsSchema = z.object({ id: idSchema })
// A paragraph's text is the largest field an operation carries.
const MAX_BODY_BYTES = MAX_PARAGRAPH_CHARS * 4 + 10_000

export const GET = withUser<{ id: string }>(async ({ user, params }) => {
  const { id } = parseInput(paramsSchema, params)
  return getAlignmentView({ userId: user.id, alignmentId: id })
})

export const POST = withUser<{ id: string }>(async ({ request, user, params }) => {
  const { id } = parseInput(paramsSchema, params)
  const { operation, ...fields } = parseInput(operationSchema, await readJson(request, MAX_BODY_BYTES))
  return operations[operation]!({ ...fields, userId: user.id, alignmentId: id })
})
