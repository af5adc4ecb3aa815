import { describe, expect, it } from 'vitest'
import { addMember, describeAlignment, makeAlignment, makeProject, makeUser } from '../../prisma/factories'
import { db } from '../db'
import { AppError } from '../errors'
import { editParagraphText } from '../paragraphs/edit-paragraph-text'
import { joinParagraphs } from '../paragraphs/join-paragraphs'
import { splitParagraph } from '../paragraphs/split-paragraph'
import { findParagraphRevisions } from '../paragraphs/find-paragraph-revisions'
import { confirmBeads } from './confirm-beads'
import { detachParagraph } from './detach-paragraph'
import { mergeBeads } from './merge-beads'
import { moveParagraph } from './move-paragraph'
import { pairParagraphs } from './pair-paragraphs'
import { realignAlignment } from './realign-alignment'
import { shiftParagraph } from './shift-paragraph'
import { splitBead } from './split-bead'
import { redoEdit, undoEdit } from './undo-edit'

async function setup(shapes: string) {
  const owner = await makeUser()
  const alignment = await makeAlignment(owner.id, shapes)
  const { beads } = await describeAlignment(alignment.id)
  return { userId: owner.id, alignmentId: alignment.id, beads }
}

async function expectError(promise: Promise<unknown>, code: AppError['code'], message?: string) {
  const error = await promise.then(() => null, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
  if (message) expect((error as AppError).message).toContain(message)
}

const text = async (alignmentId: number) => (await describeAlignment(alignmentId)).text

describe('bead operations', () => {
  it('merges a bead with the next and returns the patch the browser applies', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 1-1 1-1')
    const patch = await mergeBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[1]!.id })
    expect(patch).toMatchObject({ version: 2, from: 1, to: 3, undo: { kind: 'beads.merged' }, redo: null })
    expect(patch.beads).toHaveLength(1)
    expect(patch.beads[0]).toMatchObject({ srcStart: 1, srcEnd: 3, tgtStart: 1, tgtEnd: 3, origin: 'MANUAL', confidence: 1 })
    expect(await text(alignmentId)).toBe('S1|T1 S2,S3|T2,T3')
    const event = await db.event.findFirstOrThrow({ where: { alignmentId, kind: 'beads.merged' }, select: { userId: true, version: true, data: true } })
    expect(event).toMatchObject({ userId, version: 2 })
    expect((event.data as { before: unknown[] }).before).toHaveLength(2)
  })

  it.each([
    ['the last bead has no next bead', '1-1 1-1', 1, 'no next bead'],
  ])('refuses to merge when %s, changing nothing', async (_name, shapes, index, message) => {
    const { userId, alignmentId, beads } = await setup(shapes)
    await expectError(mergeBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[index]!.id }), 'INVALID_INPUT', message)
    expect((await describeAlignment(alignmentId)).version).toBe(1)
  })

  it('splits a bead at the chosen paragraphs, on either side', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 2-2')
    // Second part starts at source paragraph 3 and target paragraph 2.
    await splitBead({ userId, alignmentId, expectedVersion: 1, beadId: beads[1]!.id, srcAt: 2, tgtAt: 1 })
    expect(await text(alignmentId)).toBe('S1|T1 S2|- S3|T2,T3')
  })

  it('shifts the first paragraph of the first bead nowhere, and the last paragraph of a bead down', async () => {
    const { userId, alignmentId, beads } = await setup('2-1 0-1 1-1')
    await expectError(shiftParagraph({ userId, alignmentId, expectedVersion: 1, beadId: beads[0]!.id, side: 'source', edge: 'first' }), 'INVALID_INPUT', 'no previous bead')
    await shiftParagraph({ userId, alignmentId, expectedVersion: 1, beadId: beads[0]!.id, side: 'source', edge: 'last' })
    expect(await text(alignmentId)).toBe('S1|T1 S2|T2 S3|T3')
  })

  it('detaches a paragraph as unaligned and pairs it again', async () => {
    const { userId, alignmentId } = await setup('1-1 1-1')
    await detachParagraph({ userId, alignmentId, expectedVersion: 1, side: 'target', position: 1 })
    expect(await text(alignmentId)).toBe('S1|T1 -|T2 S2|-')
    await pairParagraphs({ userId, alignmentId, expectedVersion: 2, srcPosition: 1, tgtPosition: 1 })
    expect(await text(alignmentId)).toBe('S1|T1 S2|T2')
  })

  it('moves a paragraph to bead N across an unaligned paragraph, and refuses to cross aligned text', async () => {
    const { userId, alignmentId } = await setup('2-1 0-1 1-1')
    await expectError(moveParagraph({ userId, alignmentId, expectedVersion: 1, side: 'source', position: 0, targetBead: 2 }), 'INVALID_INPUT', 'Only the last paragraph')
    await moveParagraph({ userId, alignmentId, expectedVersion: 1, side: 'source', position: 1, targetBead: 2 })
    expect(await text(alignmentId)).toBe('S1|T1 -|T2 S2,S3|T3')
  })

  it('confirms one bead, then everything above a bead, and unconfirms', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 1-1 1-1')
    await confirmBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[1]!.id })
    await confirmBeads({ userId, alignmentId, expectedVersion: 2, beadId: beads[2]!.id, scope: 'through' })
    expect((await describeAlignment(alignmentId)).beads.map((b) => b.isConfirmed)).toEqual([true, true, true])
    // Same bead ids: confirming does not replace rows.
    expect((await describeAlignment(alignmentId)).beads.map((b) => b.id)).toEqual(beads.map((b) => b.id))
    await confirmBeads({ userId, alignmentId, expectedVersion: 3, beadId: beads[0]!.id, isConfirmed: false })
    expect((await describeAlignment(alignmentId)).beads.map((b) => b.isConfirmed)).toEqual([false, true, true])
  })

  it('does nothing (and keeps the version) when an operation changes nothing', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 1-1')
    await confirmBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[0]!.id })
    const patch = await confirmBeads({ userId, alignmentId, expectedVersion: 2, beadId: beads[0]!.id })
    expect(patch.version).toBe(2)
    expect(patch.beads).toEqual([])
  })
})

describe('two editors at once', () => {
  it('refuses an operation based on a stale version, with the current version in the error', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 1-1 1-1')
    await mergeBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[0]!.id })
    const error = await confirmBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[2]!.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('CONFLICT')
    expect((error as AppError).details).toMatchObject({ expectedVersion: 1, currentVersion: 2 })
    expect(await text(alignmentId)).toBe('S1,S2|T1,T2 S3|T3')
  })

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 1-1 1-1 1-1')
    const results = await Promise.allSettled([
      mergeBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[0]!.id }),
      mergeBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[2]!.id }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect((rejected.reason as AppError).code).toBe('CONFLICT')
    const after = await describeAlignment(alignmentId)
    expect(after.version).toBe(2)
    expect(after.beads).toHaveLength(3)
  })
})

describe('permissions', () => {
  it('lets editors edit, refuses reviewers and viewers, and hides the alignment from outsiders', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const alignment = await makeAlignment(owner.id, '1-1 1-1', { projectId: project.id })
    const [editor, reviewer, viewer, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()])
    await addMember(project.id, editor.id, 'EDITOR')
    await addMember(project.id, reviewer.id, 'REVIEWER')
    await addMember(project.id, viewer.id, 'VIEWER')
    const { beads } = await describeAlignment(alignment.id)
    const merge = (userId: string, expectedVersion = 1) => mergeBeads({ userId, alignmentId: alignment.id, expectedVersion, beadId: beads[0]!.id })
    await expectError(merge(reviewer.id), 'FORBIDDEN')
    await expectError(merge(viewer.id), 'FORBIDDEN')
    await expectError(merge(outsider.id), 'NOT_FOUND')
    await expectError(editParagraphText({ userId: reviewer.id, alignmentId: alignment.id, expectedVersion: 1, side: 'source', position: 0, text: 'x' }), 'FORBIDDEN')
    await merge(editor.id)
    await expectError(undoEdit({ userId: viewer.id, alignmentId: alignment.id, expectedVersion: 2 }), 'FORBIDDEN')
  })
})

describe('undo and redo', () => {
  it('undoes every operation in reverse order and redoes them, back to the same alignment', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 1-1 2-1 0-1 1-1')
    const start = await text(alignmentId)
    let version = 1
    const step = async (run: (v: number) => Promise<{ version: number }>) => {
      version = (await run(version)).version
      return text(alignmentId)
    }
    const states = [start]
    states.push(await step((v) => mergeBeads({ userId, alignmentId, expectedVersion: v, beadId: beads[0]!.id })))
    states.push(await step((v) => shiftParagraph({ userId, alignmentId, expectedVersion: v, beadId: beads[2]!.id, side: 'source', edge: 'last' })))
    states.push(await step((v) => detachParagraph({ userId, alignmentId, expectedVersion: v, side: 'target', position: 4 })))
    states.push(await step((v) => editParagraphText({ userId, alignmentId, expectedVersion: v, side: 'target', position: 0, text: 'T1 corrected' })))
    states.push(await step((v) => splitParagraph({ userId, alignmentId, expectedVersion: v, side: 'source', position: 0, at: 1 })))
    states.push(await step((v) => joinParagraphs({ userId, alignmentId, expectedVersion: v, side: 'target', position: 1 })))
    expect(new Set(states).size).toBe(states.length)

    for (let k = states.length - 1; k > 0; k--) {
      const patch = await undoEdit({ userId, alignmentId, expectedVersion: version })
      version = patch.version
      expect(await text(alignmentId)).toBe(states[k - 1])
    }
    await expectError(undoEdit({ userId, alignmentId, expectedVersion: version }), 'INVALID_INPUT', 'nothing to undo')
    for (let k = 1; k < states.length; k++) {
      version = (await redoEdit({ userId, alignmentId, expectedVersion: version })).version
      expect(await text(alignmentId)).toBe(states[k])
    }
    await expectError(redoEdit({ userId, alignmentId, expectedVersion: version }), 'INVALID_INPUT', 'nothing to redo')
  })

  it('forgets the redo stack when a new change is made', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 1-1 1-1')
    await mergeBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[0]!.id })
    const undone = await undoEdit({ userId, alignmentId, expectedVersion: 2 })
    expect(undone.redo).toMatchObject({ kind: 'beads.merged', userId })
    const after = await confirmBeads({ userId, alignmentId, expectedVersion: 3, beadId: beads[2]!.id })
    expect(after.redo).toBeNull()
  })

  it('brings comment threads back with their bead', async () => {
    const { userId, alignmentId, beads } = await setup('1-1 1-1')
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { text: 'S2', document: { sourceAlignments: { some: { id: alignmentId } } } }, select: { id: true } })
    const comment = await db.comment.create({ data: { alignmentId, beadId: beads[1]!.id, anchorSide: 'SOURCE', anchorParagraphId: paragraph.id, authorId: userId, body: 'Check this' } })
    await mergeBeads({ userId, alignmentId, expectedVersion: 1, beadId: beads[0]!.id })
    const merged = (await describeAlignment(alignmentId)).beads[0]!
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).beadId).toBe(merged.id)
    await undoEdit({ userId, alignmentId, expectedVersion: 2 })
    const restored = (await describeAlignment(alignmentId)).beads[1]!
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).beadId).toBe(restored.id)
  })
})

describe('paragraph wording and structure', () => {
  it('keeps every wording revision, with who and when', async () => {
    const { userId, alignmentId } = await setup('1-1')
    await editParagraphText({ userId, alignmentId, expectedVersion: 1, side: 'target', position: 0, text: 'First fix' })
    await editParagraphText({ userId, alignmentId, expectedVersion: 2, side: 'target', position: 0, text: 'Second fix' })
    const revisions = await findParagraphRevisions({ userId, alignmentId, side: 'target', position: 0 })
    expect(revisions.map((r) => [r.before, r.after])).toEqual([
      ['First fix', 'Second fix'],
      ['T1', 'First fix'],
    ])
    expect(revisions[0]!.author).toMatch(/^User /)
  })

  it.each([
    ['empty text', '   ', 'needs some text'],
    ['a blank line inside', 'One\n\nTwo', 'blank line'],
  ])('refuses %s', async (_name, newText, message) => {
    const { userId, alignmentId } = await setup('1-1')
    await expectError(editParagraphText({ userId, alignmentId, expectedVersion: 1, side: 'source', position: 0, text: newText }), 'INVALID_INPUT', message)
  })

  it('moves annotations with an edit and marks a rewritten span outdated', async () => {
    const { userId, alignmentId } = await setup('1-1')
    await editParagraphText({ userId, alignmentId, expectedVersion: 1, side: 'target', position: 0, text: 'Der Vertrag endet am 1. Mai.' })
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { text: 'Der Vertrag endet am 1. Mai.', document: { targetAlignments: { some: { id: alignmentId } } } }, select: { id: true } })
    const make = (start: number, end: number) =>
      db.annotation.create({ data: { alignmentId, paragraphId: paragraph.id, side: 'TARGET', start, end, quote: 'x', category: 'TERMINOLOGY', severity: 'MINOR', authorId: userId } })
    const vertrag = await make(4, 11)
    const mai = await make(24, 27)
    await editParagraphText({ userId, alignmentId, expectedVersion: 2, side: 'target', position: 0, text: 'Der neue Vertrag endet am 2. Juni.' })
    expect(await db.annotation.findUniqueOrThrow({ where: { id: vertrag.id }, select: { start: true, end: true, status: true } })).toEqual({ start: 9, end: 16, status: 'OPEN' })
    expect((await db.annotation.findUniqueOrThrow({ where: { id: mai.id } })).status).toBe('OUTDATED')
    await undoEdit({ userId, alignmentId, expectedVersion: 3 })
    expect(await db.annotation.findUniqueOrThrow({ where: { id: mai.id }, select: { start: true, end: true, status: true } })).toEqual({ start: 24, end: 27, status: 'OPEN' })
  })

  it('splits and joins paragraphs of an original shared by two translations, in both alignments', async () => {
    const owner = await makeUser()
    const first = await makeAlignment(owner.id, '1-1 1-1')
    const original = await db.alignment.findUniqueOrThrow({ where: { id: first.id }, select: { sourceDocumentId: true, targetDocumentId: true } })
    // A second translation of the same original.
    const secondTarget = await db.document.create({
      data: { projectId: first.projectId, kind: 'TRANSLATION', title: 'fr', language: 'fr', sourceFormat: 'PASTE', rawText: 'F1\n\nF2', paragraphs: { create: [{ position: 0, text: 'F1' }, { position: 1, text: 'F2' }] } },
    })
    const second = await db.alignment.create({
      data: {
        projectId: first.projectId,
        title: 'fr',
        sourceDocumentId: original.sourceDocumentId,
        targetDocumentId: secondTarget.id,
        beads: { create: [{ srcStart: 0, srcEnd: 1, tgtStart: 0, tgtEnd: 1 }, { srcStart: 1, srcEnd: 2, tgtStart: 1, tgtEnd: 2 }] },
      },
    })
    await editParagraphText({ userId: owner.id, alignmentId: first.id, expectedVersion: 1, side: 'source', position: 0, text: 'One. Two.' })
    const patch = await splitParagraph({ userId: owner.id, alignmentId: first.id, expectedVersion: 2, side: 'source', position: 0, at: 4 })
    expect(patch.paragraphs).toMatchObject([{ side: 'source', from: 0, to: 1, texts: ['One.', 'Two.'] }])
    expect(await text(first.id)).toBe('One.,Two.|T1 S2|T2')
    expect(await text(second.id)).toBe('One.,Two.|F1 S2|F2')
    // The other alignment's view is out of date too.
    expect((await describeAlignment(second.id)).version).toBe(3)
    await joinParagraphs({ userId: owner.id, alignmentId: first.id, expectedVersion: 3, side: 'source', position: 1 })
    expect(await text(first.id)).toBe('One.,Two. S2|T1 -|T2')
    expect(await text(second.id)).toBe('One.,Two. S2|F1 -|F2')
    await undoEdit({ userId: owner.id, alignmentId: first.id, expectedVersion: 4 })
    expect(await text(second.id)).toBe('One.,Two.|F1 S2|F2')
  })

  it('refuses to join the last paragraph', async () => {
    const { userId, alignmentId } = await setup('1-1 1-1')
    await expectError(joinParagraphs({ userId, alignmentId, expectedVersion: 1, side: 'target', position: 1 }), 'INVALID_INPUT', 'last paragraph')
  })
})

describe('re-align', () => {
  it('re-aligns only what is neither confirmed nor made by hand when asked to keep hand-made beads', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const alignment = await makeAlignment(owner.id, '1-1 1-1 1-1 1-1', { projectId: project.id })
    const ids = (await describeAlignment(alignment.id)).beads.map((b) => b.id)
    // One confirmed bead, one made by hand; the two automatic ones in between are re-aligned.
    await confirmBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 1, beadId: ids[0]! })
    await mergeBeads({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 2, beadId: ids[2]! })
    const before = await describeAlignment(alignment.id)
    await realignAlignment({ userId: owner.id, alignmentId: alignment.id, expectedVersion: 3, keepManual: true })
    const after = await describeAlignment(alignment.id)
    expect(after.beads[0]).toMatchObject({ id: before.beads[0]!.id, isConfirmed: true })
    expect(after.text.endsWith('S3,S4|T3,T4')).toBe(true)
    expect(after.beads.at(-1)).toMatchObject({ origin: 'MANUAL' })
    await undoEdit({ userId: owner.id, alignmentId: alignment.id, expectedVersion: after.version })
    expect(await text(alignment.id)).toBe(before.text)
  })
})
