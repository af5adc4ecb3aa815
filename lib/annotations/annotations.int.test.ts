import { describe, expect, it } from 'vitest'
import { mergeBeads } from '../beads/merge-beads'
import { splitBead } from '../beads/split-bead'
import { redoEdit, undoEdit } from '../beads/undo-edit'
import { db } from '../db'
import { editParagraphText } from '../paragraphs/edit-paragraph-text'
import { joinParagraphs } from '../paragraphs/join-paragraphs'
import { splitParagraph } from '../paragraphs/split-paragraph'
import { expectError } from '../test-support/expect-error'
import { eventsOf, makeAlignmentOf, makeReviewAlignment, versionOf } from '../test-support/review-fixtures'
import { createAnnotation } from './create-annotation'
import { deleteAnnotation } from './delete-annotation'
import { editAnnotation } from './edit-annotation'
import { findAnnotations } from './find-annotations'
import { reopenAnnotation } from './reopen-annotation'
import { resolveAnnotation } from './resolve-annotation'

// Not the texts of lib/beads/edit-beads.int.test.ts, which looks a paragraph up by its text.
const TARGET = 'Der Vertrag läuft am 1. Mai aus.'
const PAIRS: [string[], string[]][] = [
  [['The contract ends on 1 May.'], [TARGET]],
  [['Both parties sign it.'], ['Beide Parteien unterschreiben ihn.']],
  [['Emoji 😀 here.'], ['Emoji 😀 hier.']],
]

const setup = () => makeReviewAlignment(PAIRS)

const span = (side: 'source' | 'target', position: number, text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from)
  return { side, position, start, end: start + quote.length, quote }
}

async function annotationRow(id: number) {
  return db.annotation.findUniqueOrThrow({ where: { id }, select: { start: true, end: true, status: true, paragraph: { select: { position: true, text: true } } } })
}

describe('annotations', () => {
  it('a reviewer marks a span with an MQM category and severity, recorded in the event log', async () => {
    const { reviewer, alignment, alignmentId } = await setup()
    const created = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 0, TARGET, 'Vertrag'), category: 'TERMINOLOGY', severity: 'MINOR', note: '  Vereinbarung is the client’s term. ' })
    expect(created).toMatchObject({ side: 'target', position: 0, start: 4, end: 11, quote: 'Vertrag', text: 'Vertrag', category: 'TERMINOLOGY', severity: 'MINOR', note: 'Vereinbarung is the client’s term.', status: 'OPEN', beadId: alignment.beadIds[0], beadNumber: 1, authorId: reviewer.id })
    expect(await eventsOf(alignmentId, 'annotation.created')).toEqual([expect.objectContaining({ userId: reviewer.id, data: expect.objectContaining({ annotationId: created.id, category: 'TERMINOLOGY', quote: 'Vertrag' }) })])
    expect(await findAnnotations({ userId: reviewer.id, alignmentId })).toEqual([created])
  })

  it.each([
    ['an empty span', { start: 3, end: 3, quote: '' }, 'INVALID_INPUT', /at least one character|too small|>=1/i],
    ['a span that ends after the text', { start: 20, end: 40, quote: 'x'.repeat(20) }, 'INVALID_INPUT', /after the end of the paragraph/],
    ['a negative start', { start: -1, end: 3, quote: 'xxxx' }, 'INVALID_INPUT', undefined],
    ['a quote of the wrong length', { start: 4, end: 11, quote: 'Vertra' }, 'INVALID_INPUT', /length of the span/],
    ['a quote that is not the text there (edited since)', { start: 4, end: 11, quote: 'Auftrag' }, 'CONFLICT', /text changed since you selected it/],
  ])('refuses %s', async (_name, offsets, code, message) => {
    const { reviewer, alignmentId } = await setup()
    await expectError(createAnnotation({ userId: reviewer.id, alignmentId, span: { side: 'target', position: 0, ...offsets }, category: 'STYLE', severity: 'MINOR' }), code as 'INVALID_INPUT', message)
    expect(await findAnnotations({ userId: reviewer.id, alignmentId })).toEqual([])
  })

  it('refuses a span cutting an emoji in half, and a paragraph that is not there', async () => {
    const { reviewer, alignmentId } = await setup()
    const text = 'Emoji 😀 hier.'
    await expectError(createAnnotation({ userId: reviewer.id, alignmentId, span: { side: 'target', position: 2, start: 6, end: 7, quote: text.slice(6, 7) }, category: 'STYLE', severity: 'MINOR' }), 'INVALID_INPUT', /cuts a character/)
    const whole = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 2, text, '😀'), category: 'STYLE', severity: 'NEUTRAL' })
    expect(whole).toMatchObject({ start: 6, end: 8 })
    await expectError(createAnnotation({ userId: reviewer.id, alignmentId, span: { side: 'source', position: 99, start: 0, end: 1, quote: 'T' }, category: 'STYLE', severity: 'MINOR' }), 'CONFLICT', /no paragraph 100/)
  })

  it('refuses a second open annotation of the same category on the same span', async () => {
    const { reviewer, secondReviewer, alignmentId } = await setup()
    const input = { alignmentId, span: span('target', 0, TARGET, 'Mai'), category: 'DATES' as const, severity: 'MAJOR' as const }
    await createAnnotation({ userId: reviewer.id, ...input })
    await expectError(createAnnotation({ userId: secondReviewer.id, ...input }), 'CONFLICT', /already has an open annotation/)
    // Two at once: one is taken, the other refused.
    const other = { ...input, span: span('target', 0, TARGET, 'Vertrag') }
    const results = await Promise.allSettled([createAnnotation({ userId: reviewer.id, ...other }), createAnnotation({ userId: secondReviewer.id, ...other })])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    // Another category on the same span is another error.
    await createAnnotation({ userId: secondReviewer.id, ...input, category: 'MISTRANSLATION' })
    expect(await findAnnotations({ userId: reviewer.id, alignmentId })).toHaveLength(3)
  })

  it('lets people change and delete only their own annotations; anyone reviewing may resolve and reopen', async () => {
    const { reviewer, secondReviewer, editor, alignmentId } = await setup()
    const created = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 0, TARGET, '1. Mai'), category: 'DATES', severity: 'MINOR' })
    await expectError(editAnnotation({ userId: secondReviewer.id, alignmentId, annotationId: created.id, severity: 'CRITICAL' }), 'FORBIDDEN', /your own annotations/)
    await expectError(deleteAnnotation({ userId: secondReviewer.id, alignmentId, annotationId: created.id }), 'FORBIDDEN', /your own annotations/)
    await expectError(editAnnotation({ userId: reviewer.id, alignmentId, annotationId: created.id }), 'INVALID_INPUT', /Nothing to change/)
    expect(await editAnnotation({ userId: reviewer.id, alignmentId, annotationId: created.id, severity: 'MAJOR', note: 'The original says 1 May.' })).toMatchObject({ severity: 'MAJOR', note: 'The original says 1 May.', category: 'DATES' })
    expect((await eventsOf(alignmentId, 'annotation.edited'))[0]!.data).toMatchObject({ before: { severity: 'MINOR', note: '' }, after: { severity: 'MAJOR' } })

    expect(await resolveAnnotation({ userId: editor.id, alignmentId, annotationId: created.id })).toMatchObject({ status: 'RESOLVED' })
    await expectError(resolveAnnotation({ userId: secondReviewer.id, alignmentId, annotationId: created.id }), 'CONFLICT', /already resolved/)
    expect(await reopenAnnotation({ userId: secondReviewer.id, alignmentId, annotationId: created.id })).toMatchObject({ status: 'OPEN' })
    await expectError(reopenAnnotation({ userId: secondReviewer.id, alignmentId, annotationId: created.id }), 'CONFLICT', /already open/)

    expect(await deleteAnnotation({ userId: reviewer.id, alignmentId, annotationId: created.id })).toEqual({ id: created.id })
    await expectError(deleteAnnotation({ userId: reviewer.id, alignmentId, annotationId: created.id }), 'NOT_FOUND')
    expect((await eventsOf(alignmentId, 'annotation.deleted'))[0]!.data).toMatchObject({ before: { category: 'DATES', quote: '1. Mai' } })
  })

  it("refuses viewers (403), hides another project's alignment and annotations (404)", async () => {
    const { reviewer, viewer, outsider, alignmentId } = await setup()
    const created = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 0, TARGET, 'Vertrag'), category: 'TERMINOLOGY', severity: 'MINOR' })
    await expectError(createAnnotation({ userId: viewer.id, alignmentId, span: span('target', 0, TARGET, 'läuft'), category: 'STYLE', severity: 'MINOR' }), 'FORBIDDEN')
    await expectError(resolveAnnotation({ userId: viewer.id, alignmentId, annotationId: created.id }), 'FORBIDDEN')
    expect(await findAnnotations({ userId: viewer.id, alignmentId })).toHaveLength(1)
    await expectError(findAnnotations({ userId: outsider.id, alignmentId }), 'NOT_FOUND')
    const other = await makeAlignmentOf(outsider.id, PAIRS)
    await expectError(resolveAnnotation({ userId: outsider.id, alignmentId: other.id, annotationId: created.id }), 'NOT_FOUND')
    await expectError(deleteAnnotation({ userId: outsider.id, alignmentId: other.id, annotationId: created.id }), 'NOT_FOUND')
    await expectError(resolveAnnotation({ userId: reviewer.id, alignmentId, annotationId: 2_000_000_000 }), 'NOT_FOUND')
  })

  it('lets exactly one of two people resolving an annotation at once through', async () => {
    const { reviewer, secondReviewer, alignmentId } = await setup()
    const created = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 1, 'Beide Parteien unterschreiben ihn.', 'ihn'), category: 'GRAMMAR', severity: 'MINOR' })
    const results = await Promise.allSettled([
      resolveAnnotation({ userId: reviewer.id, alignmentId, annotationId: created.id }),
      resolveAnnotation({ userId: secondReviewer.id, alignmentId, annotationId: created.id }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(await eventsOf(alignmentId, 'annotation.resolved')).toHaveLength(1)
  })
})

describe('annotations follow the text', () => {
  it('move with an edit of their paragraph, or are marked outdated when their span was rewritten', async () => {
    const { reviewer, editor, alignmentId } = await setup()
    const vertrag = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 0, TARGET, 'Vertrag'), category: 'TERMINOLOGY', severity: 'MINOR' })
    const mai = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 0, TARGET, '1. Mai'), category: 'DATES', severity: 'MAJOR' })
    await editParagraphText({ userId: editor.id, alignmentId, expectedVersion: await versionOf(alignmentId), side: 'target', position: 0, text: 'Der neue Vertrag läuft am 2. Juni aus.' })
    const [a, b] = await findAnnotations({ userId: reviewer.id, alignmentId })
    expect(a).toMatchObject({ id: vertrag.id, start: 9, end: 16, text: 'Vertrag', status: 'OPEN' })
    expect(b).toMatchObject({ id: mai.id, status: 'OUTDATED', quote: '1. Mai' })
    // Outdated annotations are resolved or deleted, not reopened.
    await expectError(reopenAnnotation({ userId: reviewer.id, alignmentId, annotationId: mai.id }), 'CONFLICT', /outdated/)
    expect(await resolveAnnotation({ userId: reviewer.id, alignmentId, annotationId: mai.id })).toMatchObject({ status: 'RESOLVED' })
  })

  it('stay on their paragraph when its bead is merged or split', async () => {
    const { reviewer, owner, alignment, alignmentId } = await setup()
    const created = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 1, 'Beide Parteien unterschreiben ihn.', 'Parteien'), category: 'TERMINOLOGY', severity: 'MINOR' })
    expect(created.beadNumber).toBe(2)
    await mergeBeads({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), beadId: alignment.beadIds[0]! })
    let [moved] = await findAnnotations({ userId: reviewer.id, alignmentId })
    expect(moved).toMatchObject({ id: created.id, beadNumber: 1, position: 1, start: 6, end: 14, text: 'Parteien', status: 'OPEN' })
    await splitBead({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), beadId: moved!.beadId, srcAt: 1, tgtAt: 1 })
    ;[moved] = await findAnnotations({ userId: reviewer.id, alignmentId })
    expect(moved).toMatchObject({ beadNumber: 2, position: 1, text: 'Parteien', status: 'OPEN' })
  })

  it('go with their part when a paragraph is split, and shift when paragraphs are joined; undo brings them back', async () => {
    const { reviewer, owner, alignmentId } = await setup()
    const ihn = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 1, 'Beide Parteien unterschreiben ihn.', 'ihn'), category: 'GRAMMAR', severity: 'MINOR' })
    // Join target paragraphs 1 and 2: "Der Vertrag läuft am 1. Mai aus. Beide Parteien unterschreiben ihn."
    await joinParagraphs({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), side: 'target', position: 0 })
    expect(await annotationRow(ihn.id)).toMatchObject({ start: TARGET.length + 1 + 30, end: TARGET.length + 1 + 33, status: 'OPEN', paragraph: { position: 0 } })
    // Split it again after the first sentence.
    await splitParagraph({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), side: 'target', position: 0, at: TARGET.length + 1 })
    expect(await annotationRow(ihn.id)).toMatchObject({ start: 30, end: 33, status: 'OPEN', paragraph: { position: 1, text: 'Beide Parteien unterschreiben ihn.' } })
    await undoEdit({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId) })
    await undoEdit({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId) })
    expect(await annotationRow(ihn.id)).toMatchObject({ start: 30, end: 33, status: 'OPEN', paragraph: { position: 1 } })
  })

  it('made after an edit, follow when that edit is undone and redone', async () => {
    const { reviewer, editor, owner, alignmentId } = await setup()
    await editParagraphText({ userId: editor.id, alignmentId, expectedVersion: await versionOf(alignmentId), side: 'target', position: 0, text: 'Der neue Vertrag läuft am 1. Mai aus.' })
    const neu = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 0, 'Der neue Vertrag läuft am 1. Mai aus.', 'neue'), category: 'ADDITION', severity: 'MINOR' })
    const mai = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 0, 'Der neue Vertrag läuft am 1. Mai aus.', 'Mai'), category: 'DATES', severity: 'MINOR' })
    // Undo takes "neue" out again: the annotation on it is outdated, the one on "Mai" moves back.
    await undoEdit({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId) })
    expect(await annotationRow(neu.id)).toMatchObject({ status: 'OUTDATED', paragraph: { text: TARGET } })
    expect(await annotationRow(mai.id)).toMatchObject({ start: 24, end: 27, status: 'OPEN' })
    await redoEdit({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId) })
    expect(await annotationRow(mai.id)).toMatchObject({ start: 29, end: 32, status: 'OPEN' })
  })

  it('deleted after an edit do not block undoing it', async () => {
    const { reviewer, editor, alignmentId } = await setup()
    const created = await createAnnotation({ userId: reviewer.id, alignmentId, span: span('target', 0, TARGET, 'Vertrag'), category: 'TERMINOLOGY', severity: 'MINOR' })
    await editParagraphText({ userId: editor.id, alignmentId, expectedVersion: await versionOf(alignmentId), side: 'target', position: 0, text: 'Der Vertrag läuft am 2. Mai aus.' })
    await deleteAnnotation({ userId: reviewer.id, alignmentId, annotationId: created.id })
    await undoEdit({ userId: editor.id, alignmentId, expectedVersion: await versionOf(alignmentId) })
    expect((await db.paragraph.findFirstOrThrow({ where: { document: { targetAlignments: { some: { id: alignmentId } } }, position: 0 }, select: { text: true } })).text).toBe(TARGET)
  })
})
