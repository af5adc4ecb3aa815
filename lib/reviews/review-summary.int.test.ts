import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations/create-annotation'
import { resolveAnnotation } from '../annotations/resolve-annotation'
import { replyToThread } from '../comments/reply-to-thread'
import { resolveThread } from '../comments/resolve-thread'
import { startThread } from '../comments/start-thread'
import { db } from '../db'
import { approveBeads } from './approve-beads'
import { getReviewSummary } from './get-review-summary'
import { expectError } from '../test-support/expect-error'
import { makeReviewAlignment } from '../test-support/review-fixtures'
import { setSeverityWeights } from './set-severity-weights'

// 41 source words in all.
const source = 'The committee met on Monday and agreed on a plan with three stages for the region.'
const PAIRS: [string[], string[]][] = [
  [[source], ['Der Ausschuss traf sich am Montag und einigte sich auf einen Plan mit drei Stufen für die Region.']],
  [['Observers from neutral countries would monitor the ceasefire along the whole line.'], ['Beobachter aus neutralen Ländern würden die Waffenruhe entlang der ganzen Linie überwachen.']],
  [['Russia has not yet answered the proposal made last week by the group.'], []],
]

const setup = () => makeReviewAlignment(PAIRS)

describe('review summary', () => {
  it('shows statuses, open threads and a score that follows the annotations', async () => {
    const { reviewer, editor, viewer, alignment, alignmentId } = await setup()
    let summary = await getReviewSummary({ userId: viewer.id, alignmentId })
    expect(summary).toMatchObject({
      beads: 3,
      statusCounts: { UNREVIEWED: 3, APPROVED: 0, NEEDS_WORK: 0, REJECTED: 0 },
      score: { sourceWords: 41, score: 100, penalty: 0, annotations: 0 },
      weights: { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25 },
      permissions: { comment: false, annotate: false, setStatus: false, dismiss: false, manageProject: false },
      openThreads: [],
      resolvedThreads: 0,
    })

    // The reviewer flags the omission, comments, the editor replies, the thread is resolved.
    const omitted = 'Russia has not yet answered the proposal made last week by the group.'
    await createAnnotation({ userId: reviewer.id, alignmentId, span: { side: 'source', position: 2, start: 0, end: omitted.length, quote: omitted }, category: 'OMISSION', severity: 'MAJOR' })
    const thread = await startThread({ userId: reviewer.id, alignmentId, beadId: alignment.beadIds[2]!, body: 'The last sentence is missing in the translation.' })
    summary = await getReviewSummary({ userId: reviewer.id, alignmentId })
    expect(summary.score).toMatchObject({ annotations: 1, penalty: 5, penaltyPerThousandWords: 121.95, score: 0, open: { annotations: 1 } })
    expect(summary.openThreads.map((t) => [t.id, t.beadNumber])).toEqual([[thread.id, 3]])
    expect(summary.progress.map((bin) => bin.openThreads)).toEqual([0, 0, 1])
    expect(summary.permissions).toEqual({ comment: true, annotate: true, setStatus: true, dismiss: true, manageProject: false })

    await replyToThread({ userId: editor.id, alignmentId, threadId: thread.id, body: 'Added it.' })
    await resolveThread({ userId: editor.id, alignmentId, threadId: thread.id })
    await approveBeads({ userId: reviewer.id, alignmentId, beadIds: [alignment.beadIds[0]!, alignment.beadIds[1]!] })
    summary = await getReviewSummary({ userId: reviewer.id, alignmentId })
    expect(summary).toMatchObject({ openThreads: [], resolvedThreads: 1, statusCounts: { UNREVIEWED: 1, APPROVED: 2 } })
    expect(summary.progress.map((bin) => bin.counts.APPROVED)).toEqual([1, 1, 0])

    // Resolved: still counted (it was in the translation reviewed), no longer open.
    const [annotation] = summary.annotations
    await resolveAnnotation({ userId: editor.id, alignmentId, annotationId: annotation!.id })
    summary = await getReviewSummary({ userId: reviewer.id, alignmentId })
    expect(summary.score).toMatchObject({ penalty: 5, open: { annotations: 0, penalty: 0 } })
    expect(summary.annotations[0]).toMatchObject({ status: 'RESOLVED', beadNumber: 3, category: 'OMISSION' })
  })

  it("uses the project's weights, which only owners set", async () => {
    const { owner, reviewer, project, alignmentId } = await setup()
    await createAnnotation({ userId: reviewer.id, alignmentId, span: { side: 'target', position: 0, start: 4, end: 13, quote: 'Ausschuss' }, category: 'TERMINOLOGY', severity: 'MINOR' })
    expect((await getReviewSummary({ userId: owner.id, alignmentId })).score).toMatchObject({ penalty: 1 })
    await expectError(setSeverityWeights({ userId: reviewer.id, projectId: project.id, weights: { NEUTRAL: 0, MINOR: 2, MAJOR: 10, CRITICAL: 50 } }), 'FORBIDDEN')
    await expectError(setSeverityWeights({ userId: owner.id, projectId: project.id, weights: { NEUTRAL: 0, MINOR: 20, MAJOR: 10, CRITICAL: 50 } }), 'INVALID_INPUT', /must not decrease/)
    expect(await setSeverityWeights({ userId: owner.id, projectId: project.id, weights: { NEUTRAL: 0, MINOR: 2, MAJOR: 10, CRITICAL: 50 } })).toEqual({ NEUTRAL: 0, MINOR: 2, MAJOR: 10, CRITICAL: 50 })
    const summary = await getReviewSummary({ userId: owner.id, alignmentId })
    expect(summary).toMatchObject({ weights: { MINOR: 2 }, score: { penalty: 2 }, permissions: { manageProject: true } })
    expect(await db.event.findMany({ where: { projectId: project.id, kind: 'project.severity-weights-changed' }, select: { userId: true, data: true } })).toEqual([
      { userId: owner.id, data: { before: { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25 }, after: { NEUTRAL: 0, MINOR: 2, MAJOR: 10, CRITICAL: 50 } } },
    ])
  })

  it("hides another project's alignment (404)", async () => {
    const { outsider, alignmentId, project } = await setup()
    await expectError(getReviewSummary({ userId: outsider.id, alignmentId }), 'NOT_FOUND')
    await expectError(setSeverityWeights({ userId: outsider.id, projectId: project.id, weights: { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25 } }), 'NOT_FOUND')
  })
})
