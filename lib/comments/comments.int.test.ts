import { describe, expect, it } from 'vitest'
import { mergeBeads } from '../beads/merge-beads'
import { splitBead } from '../beads/split-bead'
import { db } from '../db'
import { joinParagraphs } from '../paragraphs/join-paragraphs'
import { expectError } from '../test-support/expect-error'
import { eventsOf, makeAlignmentOf, makeReviewAlignment, versionOf } from '../test-support/review-fixtures'
import { countThreads } from './count-threads'
import { deleteComment } from './delete-comment'
import { editComment } from './edit-comment'
import { findThreads } from './find-threads'
import { reopenThread } from './reopen-thread'
import { replyToThread } from './reply-to-thread'
import { resolveThread } from './resolve-thread'
import { startThread } from './start-thread'

const PAIRS: [string[], string[]][] = [
  [['The plan has three stages.'], ['Der Plan hat drei Stufen.']],
  [['Observers would monitor the ceasefire.'], ['Beobachter würden die Waffenruhe überwachen.', 'Sie kämen aus neutralen Ländern.']],
  [['Russia has not answered.'], ['Russland hat nicht geantwortet.']],
]

const setup = () => makeReviewAlignment(PAIRS)

describe('comment threads', () => {
  it('a reviewer starts a thread, another user replies, the thread is resolved and reopened, each step recorded', async () => {
    const { reviewer, editor, alignment, alignmentId } = await setup()
    const started = await startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[1]!, body: '  Is the second sentence in the original?  ' })
    expect(started).toMatchObject({ beadId: alignment.beadIds[1], beadNumber: 2, isResolved: false, anchor: { side: 'source', position: 1 } })
    expect(started.comments).toEqual([expect.objectContaining({ authorId: reviewer.id, body: 'Is the second sentence in the original?', isDeleted: false, isEdited: false })])

    const replied = await replyToThread({ userId: editor.id, alignmentId, threadId: started.id, body: 'No, the translator added it.' })
    expect(replied.comments.map((c) => [c.authorId, c.body])).toEqual([
      [reviewer.id, 'Is the second sentence in the original?'],
      [editor.id, 'No, the translator added it.'],
    ])
    expect(await countThreads({ userId: editor.id, alignmentId })).toEqual({ [alignment.beadIds[1]!]: { open: 1, resolved: 0 } })

    const resolved = await resolveThread({ userId: editor.id, alignmentId, threadId: started.id })
    expect(resolved).toMatchObject({ isResolved: true, resolvedByName: editor.name })
    expect(await findThreads({ userId: reviewer.id, alignmentId, status: 'open' })).toEqual([])
    expect(await findThreads({ userId: reviewer.id, alignmentId, status: 'resolved' })).toHaveLength(1)
    expect(await countThreads({ userId: editor.id, alignmentId })).toEqual({ [alignment.beadIds[1]!]: { open: 0, resolved: 1 } })

    expect(await reopenThread({ userId: reviewer.id, alignmentId, threadId: started.id })).toMatchObject({ isResolved: false, resolvedByName: null })
    expect((await eventsOf(alignmentId, 'comment.created')).map((e) => e.userId)).toEqual([reviewer.id, editor.id])
    expect(await eventsOf(alignmentId, 'thread.resolved')).toEqual([expect.objectContaining({ userId: editor.id, data: { threadId: started.id, beadId: alignment.beadIds[1] } })])
    expect(await eventsOf(alignmentId, 'thread.reopened')).toHaveLength(1)
  })

  it('anchors a thread on the paragraph chosen, and refuses one outside the bead', async () => {
    const { reviewer, alignment, alignmentId } = await setup()
    const thread = await startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[1]!, body: 'Added?', anchor: { side: 'target', position: 2 } })
    expect(thread.anchor).toMatchObject({ side: 'target', position: 2, excerpt: 'Sie kämen aus neutralen Ländern.' })
    await expectError(startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[1]!, body: 'x', anchor: { side: 'target', position: 0 } }), 'INVALID_INPUT', /not in this bead/)
  })

  it('lets people edit and delete only their own comments', async () => {
    const { reviewer, editor, alignment, alignmentId } = await setup()
    const thread = await startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[0]!, body: 'Stufen or Phasen?' })
    const rootId = thread.comments[0]!.id
    await expectError(editComment({ userId: editor.id, alignmentId, commentId: rootId, body: 'Hijacked' }), 'FORBIDDEN', /your own comments/)
    await expectError(deleteComment({ userId: editor.id, alignmentId, commentId: rootId }), 'FORBIDDEN', /your own comments/)

    const edited = await editComment({ userId: reviewer.id, alignmentId, commentId: rootId, body: 'Stufen or Phasen? Phasen reads better.' })
    expect(edited.comments[0]).toMatchObject({ body: 'Stufen or Phasen? Phasen reads better.', isEdited: true })
    expect((await eventsOf(alignmentId, 'comment.edited'))[0]!.data).toMatchObject({ before: 'Stufen or Phasen?', after: 'Stufen or Phasen? Phasen reads better.' })

    // The first comment goes, the reply keeps the thread; when the reply goes too, the thread is gone.
    const reply = (await replyToThread({ userId: editor.id, alignmentId, threadId: thread.id, body: 'Stufen is the usual word.' })).comments[1]!
    const afterRootDeleted = await deleteComment({ userId: reviewer.id, alignmentId, commentId: rootId })
    expect(afterRootDeleted!.comments.map((c) => [c.body, c.isDeleted])).toEqual([
      [null, true],
      ['Stufen is the usual word.', false],
    ])
    await expectError(editComment({ userId: reviewer.id, alignmentId, commentId: rootId, body: 'Back' }), 'NOT_FOUND')
    expect(await deleteComment({ userId: editor.id, alignmentId, commentId: reply.id })).toBeNull()
    expect(await findThreads({ userId: editor.id, alignmentId })).toEqual([])
    expect(await countThreads({ userId: editor.id, alignmentId })).toEqual({})
    // The text of deleted comments stays in the audit log only.
    expect((await eventsOf(alignmentId, 'comment.deleted')).map((e) => (e.data as { before: string }).before)).toEqual(['Stufen or Phasen? Phasen reads better.', 'Stufen is the usual word.'])
  })

  it('refuses empty, too long and malformed input', async () => {
    const { reviewer, alignment, alignmentId } = await setup()
    await expectError(startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[0]!, body: '  \n ' }), 'INVALID_INPUT', /needs some text/)
    await expectError(startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[0]!, body: 'x'.repeat(20_001) }), 'INVALID_INPUT', /at most 20,000/)
    await expectError(startThread({ userId: reviewer.id, alignmentId: -1, beadId: alignment.beadIds[0]!, body: 'x' }), 'INVALID_INPUT')
    const thread = await startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[0]!, body: 'Root' })
    const reply = (await replyToThread({ userId: reviewer.id, alignmentId, threadId: thread.id, body: 'Reply' })).comments[1]!
    await expectError(replyToThread({ userId: reviewer.id, alignmentId, threadId: reply.id, body: 'Nested' }), 'INVALID_INPUT', /not to a reply/)
    await expectError(resolveThread({ userId: reviewer.id, alignmentId, threadId: reply.id }), 'INVALID_INPUT', /not a reply/)
  })

  it('answers 404 for missing threads and comments, and CONFLICT for a bead an edit replaced', async () => {
    const { reviewer, alignmentId } = await setup()
    await expectError(replyToThread({ userId: reviewer.id, alignmentId, threadId: 2_000_000_000, body: 'x' }), 'NOT_FOUND')
    await expectError(editComment({ userId: reviewer.id, alignmentId, commentId: 2_000_000_000, body: 'x' }), 'NOT_FOUND')
    await expectError(resolveThread({ userId: reviewer.id, alignmentId, threadId: 2_000_000_000 }), 'NOT_FOUND')
    await expectError(startThread({ userId: reviewer.id, alignmentId, beadId: 2_000_000_000, body: 'x' }), 'CONFLICT', /no longer exists/)
  })

  it("hides another project's alignment and comments (404) and refuses viewers (403)", async () => {
    const { reviewer, viewer, outsider, alignment, alignmentId } = await setup()
    const thread = await startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[0]!, body: 'Mine' })
    await expectError(startThread({ userId: viewer.id, alignmentId, beadId: alignment.beadIds[0]!, body: 'x' }), 'FORBIDDEN')
    await expectError(resolveThread({ userId: viewer.id, alignmentId, threadId: thread.id }), 'FORBIDDEN')
    expect(await findThreads({ userId: viewer.id, alignmentId })).toHaveLength(1)
    await expectError(findThreads({ userId: outsider.id, alignmentId }), 'NOT_FOUND')
    await expectError(startThread({ userId: outsider.id, alignmentId, beadId: alignment.beadIds[0]!, body: 'x' }), 'NOT_FOUND')

    // A comment of this project named through an alignment of another project the user may use.
    const other = await makeAlignmentOf(outsider.id, PAIRS)
    await expectError(editComment({ userId: outsider.id, alignmentId: other.id, commentId: thread.comments[0]!.id, body: 'x' }), 'NOT_FOUND')
    await expectError(replyToThread({ userId: outsider.id, alignmentId: other.id, threadId: thread.id, body: 'x' }), 'NOT_FOUND')
    await expectError(startThread({ userId: outsider.id, alignmentId: other.id, beadId: alignment.beadIds[0]!, body: 'x' }), 'CONFLICT')
  })

  it('takes a double submission once, even when both arrive at the same moment', async () => {
    const { reviewer, alignment, alignmentId } = await setup()
    const body = 'Has Russia really not answered?'
    const [a, b] = await Promise.all([
      startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[2]!, body }),
      startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[2]!, body }),
    ])
    expect(a.id).toBe(b.id)
    const [c, d] = await Promise.all([
      replyToThread({ userId: reviewer.id, alignmentId, threadId: a.id, body: 'Checked: no.' }),
      replyToThread({ userId: reviewer.id, alignmentId, threadId: a.id, body: 'Checked: no.' }),
    ])
    expect(c.comments).toHaveLength(2)
    expect(d.comments).toHaveLength(2)
    expect(await db.comment.count({ where: { alignmentId } })).toBe(2)
    expect(await eventsOf(alignmentId, 'comment.created')).toHaveLength(2)
  })

  it('lets exactly one of two people resolving a thread at once through', async () => {
    const { reviewer, secondReviewer, alignment, alignmentId } = await setup()
    const thread = await startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[0]!, body: 'Fine?' })
    const results = await Promise.allSettled([
      resolveThread({ userId: reviewer.id, alignmentId, threadId: thread.id }),
      resolveThread({ userId: secondReviewer.id, alignmentId, threadId: thread.id }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already resolved by User/) })
    expect(await eventsOf(alignmentId, 'thread.resolved')).toHaveLength(1)
  })
})

describe('threads move with their anchor paragraph', () => {
  it('through bead merges and splits, and when the anchor paragraph is joined into another', async () => {
    const { owner, reviewer, alignment, alignmentId } = await setup()
    // Anchored on the added German sentence, target paragraph 3 (position 2), in bead 2.
    const thread = await startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[1]!, body: 'Added by the translator', anchor: { side: 'target', position: 2 } })
    await mergeBeads({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), beadId: alignment.beadIds[0]! })
    let [moved] = await findThreads({ userId: reviewer.id, alignmentId })
    expect(moved).toMatchObject({ id: thread.id, beadNumber: 1, anchor: { side: 'target', position: 2 } })
    // Split the merged bead after source paragraph 1 and target paragraph 2: the anchor is in the second part.
    await splitBead({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), beadId: moved!.beadId, srcAt: 1, tgtAt: 1 })
    ;[moved] = await findThreads({ userId: reviewer.id, alignmentId })
    const beads = await db.bead.findMany({ where: { alignmentId }, orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }] })
    expect(moved).toMatchObject({ beadNumber: 2, beadId: beads[1]!.id })
    expect(beads[1]).toMatchObject({ tgtStart: 1, tgtEnd: 3 })
    // Join target paragraphs 2 and 3: the anchor paragraph disappears into paragraph 2.
    await joinParagraphs({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), side: 'target', position: 1 })
    ;[moved] = await findThreads({ userId: reviewer.id, alignmentId })
    expect(moved).toMatchObject({ beadNumber: 2, anchor: { side: 'target', position: 1, excerpt: 'Beobachter würden die Waffenruhe überwachen. Sie kämen aus neutralen Ländern.' } })
    expect(moved!.comments[0]!.body).toBe('Added by the translator')
  })
})
