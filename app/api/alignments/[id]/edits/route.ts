import { z } from 'zod'
import { confirmBeads } from '@/lib/beads/confirm-beads'
import { detachParagraph } from '@/lib/beads/detach-paragraph'
import { getEditState } from '@/lib/beads/get-edit-state'
import { mergeBeads } from '@/lib/beads/merge-beads'
import { moveParagraph } from '@/lib/beads/move-paragraph'
import { pairParagraphs } from '@/lib/beads/pair-paragraphs'
import { shiftParagraph } from '@/lib/beads/shift-paragraph'
import { splitBead } from '@/lib/beads/split-bead'
import { redoEdit, undoEdit } from '@/lib/beads/undo-edit'
import { editParagraphText, MAX_PARAGRAPH_CHARS } from '@/lib/paragraphs/edit-paragraph-text'
import { joinParagraphs } from '@/lib/paragraphs/join-paragraphs'
import { splitParagraph } from '@/lib/paragraphs/split-paragraph'
import { readJson, withUser } from '@/lib/route'
import { idSchema, parseInput } from '@/lib/validation/common'

// A paragraph of MAX_PARAGRAPH_CHARS characters, 4 bytes each at most in UTF-8, and the rest of the request.
const MAX_BODY_BYTES = MAX_PARAGRAPH_CHARS * 4 + 10_000

/**
 * Every editing operation, by the name the browser sends. Each verb checks permission and the
 * version the user saw, records an event and answers with the patch the editor applies.
 */
const operations = {
  'merge-beads': mergeBeads,
  'split-bead': splitBead,
  'shift-paragraph': shiftParagraph,
  'detach-paragraph': detachParagraph,
  'pair-paragraphs': pairParagraphs,
  'move-paragraph': moveParagraph,
  'confirm-beads': confirmBeads,
  'edit-paragraph-text': editParagraphText,
  'split-paragraph': splitParagraph,
  'join-paragraphs': joinParagraphs,
  undo: undoEdit,
  redo: redoEdit,
} as const

export type EditOperation = keyof typeof operations

const operationSchema = z.looseObject({ operation: z.enum(Object.keys(operations) as [EditOperation, ...EditOperation[]]) })
const paramsSchema = z.object({ id: idSchema })

/** The alignment's version and what undo/redo would do (open editors poll it). */
export const GET = withUser<{ id: string }>(async ({ user, params }) => {
  const { id } = parseInput(paramsSchema, params)
  return getEditState({ userId: user.id, alignmentId: id })
})

/** `{ "operation": "merge-beads", "expectedVersion": 7, "beadId": 12 }` → the patch (BeadPatch). */
export const POST = withUser<{ id: string }>(async ({ request, user, params }) => {
  const { id } = parseInput(paramsSchema, params)
  const { operation, ...input } = parseInput(operationSchema, await readJson(request, MAX_BODY_BYTES))
  // The verb validates every field with zod; the cast only lets it see the object.
  const verb = operations[operation] as (input: Record<string, unknown>) => Promise<unknown>
  return verb({ ...input, alignmentId: id, userId: user.id })
})
