// The editor applies each edit's answer to its copy of the alignment instead of reloading it
// (lib/editing/apply-patch.ts). If a patch were wrong, the editor would show one thing and
// the database hold another: for every operation, the patched copy must equal a fresh read.
import { describe, expect, it } from 'vitest'
import { makeAlignment, makeUser } from '../../prisma/factories'
import { getAlignmentView, type AlignmentView } from '../alignments/get-alignment-view'
import { applyPatch } from '../editing/apply-patch'
import { editParagraphText } from '../paragraphs/edit-paragraph-text'
import { joinParagraphs } from '../paragraphs/join-paragraphs'
import { splitParagraph } from '../paragraphs/split-paragraph'
import { confirmBeads } from './confirm-beads'
import { detachParagraph } from './detach-paragraph'
import type { BeadPatch } from './edit-beads'
import { mergeBeads } from './merge-beads'
import { moveParagraph } from './move-paragraph'
import { pairParagraphs } from './pair-paragraphs'
import { realignAlignment } from './realign-alignment'
import { shiftParagraph } from './shift-paragraph'
import { splitBead } from './split-bead'
import { redoEdit, undoEdit } from './undo-edit'

type Step = [string, (view: AlignmentView, userId: string) => Promise<BeadPatch>]

const target = (view: AlignmentView) => ({ alignmentId: view.id, expectedVersion: view.version })

// One long session over "1-1 2-1 0-1 1-1 1-2 1-1": every operation, then undo and redo.
const steps: Step[] = [
  ['merge', (v, userId) => mergeBeads({ userId, ...target(v), beadId: v.beads[0]!.id })],
  ['split a bead', (v, userId) => splitBead({ userId, ...target(v), beadId: v.beads[0]!.id, srcAt: 1, tgtAt: 1 })],
  ['shift down', (v, userId) => shiftParagraph({ userId, ...target(v), beadId: v.beads[1]!.id, side: 'source', edge: 'last' })],
  ['shift up', (v, userId) => shiftParagraph({ userId, ...target(v), beadId: v.beads[2]!.id, side: 'target', edge: 'first' })],
  ['detach', (v, userId) => detachParagraph({ userId, ...target(v), side: 'target', position: 0 })],
  ['pair', (v, userId) => pairParagraphs({ userId, ...target(v), srcPosition: 0, tgtPosition: 0 })],
  ['move', (v, userId) => moveParagraph({ userId, ...target(v), side: 'target', position: v.beads.at(-2)!.tgtEnd - 1, targetBead: v.beads.length - 1 })],
  ['confirm', (v, userId) => confirmBeads({ userId, ...target(v), beadId: v.beads[2]!.id })],
  ['confirm above', (v, userId) => confirmBeads({ userId, ...target(v), beadId: v.beads[2]!.id, scope: 'above' })],
  ['unconfirm', (v, userId) => confirmBeads({ userId, ...target(v), beadId: v.beads[0]!.id, isConfirmed: false })],
  ['edit text', (v, userId) => editParagraphText({ userId, ...target(v), side: 'target', position: 1, text: 'T2 corrected' })],
  ['split a paragraph', (v, userId) => splitParagraph({ userId, ...target(v), side: 'source', position: 1, at: 1 })],
  ['join paragraphs', (v, userId) => joinParagraphs({ userId, ...target(v), side: 'target', position: 2 })],
  ['re-align', (v, userId) => realignAlignment({ userId, ...target(v), keepManual: false })],
  ['undo the re-align', (v, userId) => undoEdit({ userId, ...target(v) })],
  ['undo the join', (v, userId) => undoEdit({ userId, ...target(v) })],
  ['undo the paragraph split', (v, userId) => undoEdit({ userId, ...target(v) })],
  ['undo the text edit', (v, userId) => undoEdit({ userId, ...target(v) })],
  ['redo the text edit', (v, userId) => redoEdit({ userId, ...target(v) })],
  ['redo the paragraph split', (v, userId) => redoEdit({ userId, ...target(v) })],
  ['redo the join', (v, userId) => redoEdit({ userId, ...target(v) })],
]

describe('patches', () => {
  it('applied to the editor’s copy, give exactly what a reload gives, for every operation', async () => {
    const owner = await makeUser()
    const alignment = await makeAlignment(owner.id, '1-1 2-1 0-1 1-1 1-2 1-1')
    let view = await getAlignmentView({ userId: owner.id, alignmentId: alignment.id })
    for (const [name, run] of steps) {
      const patch = await run(view, owner.id)
      expect(patch.version, name).toBe(view.version + 1)
      const fresh = await getAlignmentView({ userId: owner.id, alignmentId: alignment.id })
      expect(applyPatch(view, patch), name).toEqual(fresh)
      view = fresh
    }
  })
})
