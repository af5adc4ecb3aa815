import { describe, expect, it } from 'vitest'
import { addMember, describeAlignment, makeAlignment, makeProject, makeUser } from '../../prisma/factories'
import { db } from '../db'
import { AppError } from '../errors'
import { getAlignmentView } from '../alignments/get-alignment-view'
import { editParagraphText } from '../paragraphs/edit-paragraph-text'
import { findParagraphRevisions } from '../paragraphs/find-paragraph-revisions'
import { loadBeads } from './bead-store'
import { confirmBeads } from './confirm-beads'
import { getEditState } from './get-edit-state'
import { mergeBeads } from './merge-beads'
import { realignAlignment } from './realign-alignment'
import { undoEdit } from './undo-edit'

async function expectError(promise: Promise<unknown>, code: AppError['code'], message?: string) {
  const error = await promise.then(() => null, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
  if (message) expect((error as AppError).message).toContain(message)
}

describe('confirm everything above the current bead', () => {
  it('confirms the beads before it, not the bead itself, and refuses on the first bead', async () => {
    const owner = await makeUser()
    const alignment = await makeAlignment(owner.id, '1-1 2-1 0-1 1-1')
    const { beads } = await describeAlignment(alignment.id)
    await expectError(confirmBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, beadId: beads[0]!.id, scope: 'above' }), 'INVALID_INPUT', 'nothing above the first bead')
    const patch = await confirmBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, beadId: beads[3]!.id, scope: 'above' })
    expect(patch).toMatchObject({ version: 2, from: 0, to: 3, undo: { kind: 'beads.confirmed', userId: owner.id } })
    expect((await describeAlignment(alignment.id)).beads.map((b) => b.isConfirmed)).toEqual([true, true, true, false])
    await undoEdit({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 2 })
    expect((await describeAlignment(alignment.id)).beads.map((b) => b.isConfirmed)).toEqual([false, false, false, false])
  })
})

describe('re-align everything not confirmed', () => {
  it('keeps beads changed by hand only when asked to', async () => {
    const owner = await makeUser()
    const alignment = await makeAlignment(owner.id, '1-1 1-1 1-1 1-1')
    const ids = (await describeAlignment(alignment.id)).beads.map((b) => b.id)
    await mergeBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, beadId: ids[2]! })
    await realignAlignment({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 2, keepManual: true })
    const after = await describeAlignment(alignment.id)
    expect(after.text).toBe('S1|T1 S2|T2 S3,S4|T3,T4')
    expect(after.beads.at(-1)).toMatchObject({ origin: 'MANUAL' })
  })

  it('re-aligns beads changed by hand too by default (everything not confirmed), keeping the confirmed ones', async () => {
    const owner = await makeUser()
    const alignment = await makeAlignment(owner.id, '1-1 1-1 1-1 1-1')
    const ids = (await describeAlignment(alignment.id)).beads.map((b) => b.id)
    await confirmBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, beadId: ids[0]! })
    await mergeBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 2, beadId: ids[2]! })
    const progress: number[] = []
    await realignAlignment({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 3 }, (p) => progress.push(p.done / p.total))
    const after = await describeAlignment(alignment.id)
    expect(after.beads[0]).toMatchObject({ id: ids[0], isConfirmed: true })
    // The hand-made 2-2 bead is gone: the aligner pairs S3|T3 and S4|T4 again.
    expect(after.text).toBe('S1|T1 S2|T2 S3|T3 S4|T4')
    expect(after.beads.slice(1).every((b) => b.origin === 'AUTO')).toBe(true)
    expect(progress.at(-1)).toBe(1)
  })
})

describe('edit state', () => {
  it('tells viewers the version and who made the change undo would revert', async () => {
    const owner = await makeUser({ name: 'Ada Owner' })
    const project = await makeProject(owner.id)
    const alignment = await makeAlignment(owner.id, '1-1 1-1', { projectId: project.id })
    const [viewer, outsider] = await Promise.all([makeUser(), makeUser()])
    await addMember(project.id, viewer.id, 'VIEWER')
    expect(await getEditState({ userId: viewer.id, alignmentId: alignment.id })).toEqual({ version: 1, undo: null, redo: null, reviewStamp: expect.any(Number) })
    const { beads } = await describeAlignment(alignment.id)
    await mergeBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, beadId: beads[0]!.id })
    expect(await getEditState({ userId: viewer.id, alignmentId: alignment.id })).toMatchObject({ version: 2, undo: { kind: 'beads.merged', userName: 'Ada Owner' }, redo: null })
    await expectError(getEditState({ userId: outsider.id, alignmentId: alignment.id }), 'NOT_FOUND')
    const view = await getAlignmentView({ userId: viewer.id, alignmentId: alignment.id })
    expect(view).toMatchObject({ version: 2, role: 'VIEWER', undo: { kind: 'beads.merged' } })
    expect(view.source.paragraphIds).toHaveLength(2)
  })
})

describe('revision history', () => {
  it('shows each revision as a word diff in the paragraph’s language, newest first, and only to members', async () => {
    const owner = await makeUser()
    const alignment = await makeAlignment(owner.id, '1-1', { targetLanguage: 'de' })
    await editParagraphText({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, side: 'target', position: 0, text: 'Die Waffen wirken.' })
    await editParagraphText({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 2, side: 'target', position: 0, text: 'Die Waffen wirken nicht.' })
    const revisions = await findParagraphRevisions({ userId: owner.id, alignmentId: alignment.id, side: 'target', position: 0 })
    expect(revisions.map((r) => r.diff.map((p) => [p.kind, p.value]))).toEqual([
      [['same', 'Die Waffen wirken'], ['added', ' nicht'], ['same', '.']],
      [['removed', 'T1'], ['added', 'Die Waffen wirken.']],
    ])
    const outsider = await makeUser()
    await expectError(findParagraphRevisions({ userId: outsider.id, alignmentId: alignment.id, side: 'target', position: 0 }), 'NOT_FOUND')
  })
})

describe('the first screen', () => {
  it('reads the texts of the first beads only when asked, and says how many', async () => {
    const owner = await makeUser()
    const alignment = await makeAlignment(owner.id, '1-1 2-1 0-1 1-1 1-2')
    const partial = await getAlignmentView({ userId: owner.id, alignmentId: alignment.id, textBeads: 2 })
    expect(partial.source).toMatchObject({ paragraphs: ['S1', 'S2', 'S3', '', ''], textsLoaded: 3 })
    expect(partial.target).toMatchObject({ paragraphs: ['T1', 'T2', '', '', '', ''], textsLoaded: 2 })
    expect(partial.source.paragraphIds.map(Boolean)).toEqual([true, true, true, false, false])
    expect(partial.beads).toHaveLength(5)
    const full = await getAlignmentView({ userId: owner.id, alignmentId: alignment.id })
    expect(full.source).toMatchObject({ paragraphs: ['S1', 'S2', 'S3', 'S4', 'S5'], textsLoaded: 5 })
    expect({ ...partial, source: full.source, target: full.target }).toEqual(full)
    expect((await getAlignmentView({ userId: owner.id, alignmentId: alignment.id, textBeads: 50 })).target.textsLoaded).toBe(6)
  })
})

describe('reading beads', () => {
  it('reads exactly what Prisma reads, review fields and times included', async () => {
    const owner = await makeUser()
    const alignment = await makeAlignment(owner.id, '1-1 2-1 0-1 1-0')
    const [first, second] = (await describeAlignment(alignment.id)).beads
    await db.bead.update({ where: { id: first!.id }, data: { reviewStatus: 'APPROVED', reviewedById: owner.id, reviewedAt: new Date('2026-03-04T05:06:07.089Z'), isConfirmed: true } })
    await db.bead.update({ where: { id: second!.id }, data: { reasons: [{ code: 'merge', params: { sourceCount: 2 } }], confidence: 0.4375, origin: 'MANUAL' } })
    const viaPrisma = await db.bead.findMany({
      where: { alignmentId: alignment.id },
      orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }],
      select: { id: true, srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true, origin: true, confidence: true, reasons: true, isConfirmed: true, reviewStatus: true, reviewedById: true, reviewedAt: true },
    })
    expect(await db.$transaction((tx) => loadBeads(tx, alignment.id))).toEqual(viaPrisma)
    expect(await db.$transaction((tx) => loadBeads(tx, 2_000_000_000))).toEqual([])
  })
})
