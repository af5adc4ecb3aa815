import { describe, expect, it } from 'vitest'
import { confirmBeads } from '../beads/confirm-beads'
import { mergeBeads } from '../beads/merge-beads'
import { undoEdit } from '../beads/undo-edit'
import { db } from '../db'
import { approveBeads } from './approve-beads'
import { rejectBeads } from './reject-beads'
import { reopenBeads } from './reopen-beads'
import { requestChanges } from './request-changes'
import { expectError } from '../test-support/expect-error'
import { eventsOf, makeAlignmentOf, makeReviewAlignment, versionOf } from '../test-support/review-fixtures'

const PAIRS: [string[], string[]][] = [
  [['One.'], ['Eins.']],
  [['Two.'], ['Zwei.']],
  [['Three.'], ['Drei.']],
  [['Four.'], []],
]

async function setup() {
  const made = await makeReviewAlignment(PAIRS)
  return { ...made, ids: made.alignment.beadIds }
}

const statuses = async (alignmentId: number) =>
  (await db.bead.findMany({ where: { alignmentId }, orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { reviewStatus: true } })).map((b) => b.reviewStatus)

describe('review status', () => {
  it('approves a selection at once, recording who and when, and leaves beads already approved alone', async () => {
    const { reviewer, alignmentId, ids } = await setup()
    const first = await approveBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[0]!] })
    expect(first.changed).toEqual([{ beadId: ids[0], from: 'UNREVIEWED', to: 'APPROVED' }])
    const before = Date.now()
    const result = await approveBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[2]!, ids[0]!, ids[1]!, ids[1]!] })
    expect(result.changed.map((c) => c.beadId).sort()).toEqual([ids[1], ids[2]].sort())
    expect(result.unchanged).toEqual([ids[0]])
    expect(result.beads.map((b) => [b.number, b.reviewStatus, b.reviewedByName])).toEqual([
      [1, 'APPROVED', reviewer.name],
      [2, 'APPROVED', reviewer.name],
      [3, 'APPROVED', reviewer.name],
    ])
    const bead = await db.bead.findUniqueOrThrow({ where: { id: ids[2]! }, select: { reviewedById: true, reviewedAt: true } })
    expect(bead.reviewedById).toBe(reviewer.id)
    expect(bead.reviewedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000)
    const events = await eventsOf(alignmentId, 'review.approved')
    expect(events).toHaveLength(2)
    expect(events[1]).toMatchObject({ userId: reviewer.id, data: { to: 'APPROVED', beads: expect.arrayContaining([{ id: ids[1], number: 2, from: 'UNREVIEWED' }]) } })
    expect(await statuses(alignmentId)).toEqual(['APPROVED', 'APPROVED', 'APPROVED', 'UNREVIEWED'])
  })

  it('goes through every named transition, each with its event', async () => {
    const { reviewer, editor, alignmentId, ids } = await setup()
    await requestChanges({ userId: reviewer.id, alignmentId, beadIds: [ids[3]!] })
    expect(await statuses(alignmentId)).toEqual(['UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED', 'NEEDS_WORK'])
    await rejectBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[3]!, ids[2]!] })
    expect(await statuses(alignmentId)).toEqual(['UNREVIEWED', 'UNREVIEWED', 'REJECTED', 'REJECTED'])
    // An editor fixed the text: the bead can be approved straight away.
    await approveBeads({ userId: editor.id, alignmentId, beadIds: [ids[2]!] })
    await reopenBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[2]!, ids[3]!] })
    expect(await statuses(alignmentId)).toEqual(['UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED'])
    for (const kind of ['review.changes-requested', 'review.rejected', 'review.approved', 'review.reopened']) expect(await eventsOf(alignmentId, kind)).toHaveLength(1)
    // Nothing to change: no event.
    expect((await reopenBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[0]!] })).changed).toEqual([])
    expect(await eventsOf(alignmentId, 'review.reopened')).toHaveLength(1)
  })

  it('refuses to overwrite a status someone else changed since the user saw it', async () => {
    const { reviewer, secondReviewer, alignmentId, ids } = await setup()
    await rejectBeads({ userId: secondReviewer.id, alignmentId, beadIds: [ids[1]!] })
    await expectError(
      approveBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[0]!, ids[1]!], seen: ['UNREVIEWED', 'UNREVIEWED'] }),
      'CONFLICT',
      /review status of bead 2 in the meantime/,
    )
    expect(await statuses(alignmentId)).toEqual(['UNREVIEWED', 'REJECTED', 'UNREVIEWED', 'UNREVIEWED'])
  })

  it('lets exactly one of two reviewers acting on the same view at once through', async () => {
    const { reviewer, secondReviewer, alignmentId, ids } = await setup()
    const results = await Promise.allSettled([
      approveBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[0]!, ids[1]!], seen: ['UNREVIEWED', 'UNREVIEWED'] }),
      rejectBeads({ userId: secondReviewer.id, alignmentId, beadIds: [ids[1]!], seen: ['UNREVIEWED'] }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' })
    const after = await statuses(alignmentId)
    expect([['APPROVED', 'APPROVED'], ['UNREVIEWED', 'REJECTED']]).toContainEqual(after.slice(0, 2))
  })

  it('refuses viewers (403), outsiders (404), beads of another alignment (409) and bad input (400)', async () => {
    const { viewer, outsider, reviewer, owner, alignmentId, ids } = await setup()
    await expectError(approveBeads({ userId: viewer.id, alignmentId, beadIds: [ids[0]!] }), 'FORBIDDEN')
    await expectError(approveBeads({ userId: outsider.id, alignmentId, beadIds: [ids[0]!] }), 'NOT_FOUND')
    const other = await makeAlignmentOf(owner.id, PAIRS)
    await expectError(approveBeads({ userId: owner.id, alignmentId: other.id, beadIds: [ids[0]!] }), 'CONFLICT', /no longer exist/)
    await expectError(approveBeads({ userId: reviewer.id, alignmentId, beadIds: [] }), 'INVALID_INPUT', /at least one bead/)
    await expectError(approveBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[0]!], seen: ['UNREVIEWED', 'APPROVED'] }), 'INVALID_INPUT', /one seen status per bead/)
    await expectError(approveBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[0]!], seen: ['DONE' as 'APPROVED'] }), 'INVALID_INPUT')
    expect(await statuses(alignmentId)).toEqual(['UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED'])
  })

  it('a merged bead is new and starts unreviewed', async () => {
    const { reviewer, owner, alignmentId, ids } = await setup()
    await approveBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[0]!, ids[1]!] })
    await mergeBeads({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), beadId: ids[0]! })
    expect(await statuses(alignmentId)).toEqual(['UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED'])
    // Undoing the merge brings back the two approved beads.
    await undoEdit({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId) })
    expect(await statuses(alignmentId)).toEqual(['APPROVED', 'APPROVED', 'UNREVIEWED', 'UNREVIEWED'])
  })

  // Regression: undoing an editor's confirmation wrote back the bead as it was before it,
  // review status included, silently taking back a reviewer's later approval.
  it('survives the undo of an editing change made before it', async () => {
    const { reviewer, editor, alignmentId, ids } = await setup()
    await confirmBeads({ userId: editor.id, alignmentId, expectedVersion: await versionOf(alignmentId), beadId: ids[1]! })
    await approveBeads({ userId: reviewer.id, alignmentId, beadIds: [ids[1]!] })
    await undoEdit({ userId: editor.id, alignmentId, expectedVersion: await versionOf(alignmentId) })
    const bead = await db.bead.findUniqueOrThrow({ where: { id: ids[1]! }, select: { isConfirmed: true, reviewStatus: true, reviewedById: true } })
    expect(bead).toEqual({ isConfirmed: false, reviewStatus: 'APPROVED', reviewedById: reviewer.id })
  })
})
