import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations/create-annotation'
import { getEditState } from '../beads/get-edit-state'
import { resolveThread } from '../comments/resolve-thread'
import { startThread } from '../comments/start-thread'
import { approveBeads } from './approve-beads'
import { expectError } from '../test-support/expect-error'
import { getReviewMarks } from './get-review-marks'
import { makeReviewAlignment } from '../test-support/review-fixtures'

describe('review marks for the editor', () => {
  it('gives statuses, annotations, thread anchors and permissions in one read, and a stamp that review changes move while the version stays', async () => {
    const { reviewer, viewer, outsider, alignmentId, alignment } = await makeReviewAlignment([
      [['The ferry leaves at 14:00.'], ['Die Fähre fährt um 14 Uhr.']],
      [['Tickets cost 120 euros.'], ['Karten kosten 130 Euro.']],
    ])
    const [first, second] = alignment.beadIds as [number, number]
    const empty = await getReviewMarks({ userId: viewer.id, alignmentId })
    expect(empty).toMatchObject({ version: 1, statuses: {}, annotations: [], threads: [], weights: { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25 } })
    expect(empty.permissions).toEqual({ comment: false, annotate: false, setStatus: false, dismiss: false })
    const stamps = [(await getEditState({ userId: viewer.id, alignmentId })).reviewStamp]
    expect(stamps[0]).toBe(empty.stamp)

    await approveBeads({ userId: reviewer.id, alignmentId, beadIds: [second] })
    stamps.push((await getEditState({ userId: viewer.id, alignmentId })).reviewStamp)
    const thread = await startThread({ userId: reviewer.id, alignmentId, beadId: first, body: 'Is 14 Uhr right?', anchor: { side: 'target', position: 0 } })
    stamps.push((await getEditState({ userId: viewer.id, alignmentId })).reviewStamp)
    await createAnnotation({ userId: reviewer.id, alignmentId, span: { side: 'target', position: 1, start: 14, end: 17, quote: '130' }, category: 'NUMBERS', severity: 'MAJOR' })
    await resolveThread({ userId: reviewer.id, alignmentId, threadId: thread.id })
    const marks = await getReviewMarks({ userId: reviewer.id, alignmentId })
    stamps.push(marks.stamp)

    // Every review change moved the stamp; none moved the version.
    expect(new Set(stamps).size).toBe(stamps.length)
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b))
    expect(marks.version).toBe(1)
    expect(marks.statuses).toEqual({ [second]: 'APPROVED' })
    expect(marks.threads).toEqual([{ id: thread.id, beadId: first, side: 'target', paragraphId: expect.any(Number), isResolved: true }])
    expect(marks.annotations).toMatchObject([{ side: 'target', position: 1, start: 14, end: 17, text: '130', category: 'NUMBERS', severity: 'MAJOR', status: 'OPEN', paragraphId: expect.any(Number) }])
    expect(marks.permissions).toEqual({ comment: true, annotate: true, setStatus: true, dismiss: true })

    // Another project's alignment is not there at all.
    await expectError(getReviewMarks({ userId: outsider.id, alignmentId }), 'NOT_FOUND')
  })
})
