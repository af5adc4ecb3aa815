import { describe, expect, it } from 'vitest'
import { german, samplePairs } from '../checks/test-support/sample-pair'
import { db } from '../db'
import { editParagraphText } from '../paragraphs/edit-paragraph-text'
import { expectError } from '../test-support/expect-error'
import { eventsOf, makeReviewAlignment, versionOf } from '../test-support/review-fixtures'
import { dismissFindings } from './dismiss-findings'
import { findBeadTexts } from './find-bead-texts'
import { findFindings } from './find-findings'
import { restoreFindings } from './restore-findings'
import { summariseFindings } from './summarise-findings'

// The sample pair aligned by hand (English 4 ↔ German 4+5; the German credit line, link and
// comment form alone at the end).
const setup = () => makeReviewAlignment(samplePairs)

describe('findings', () => {
  it('runs every check on every bead of the sample pair, each finding with its token-level difference', async () => {
    const { viewer, alignment, alignmentId } = await setup()
    const result = await findFindings({ userId: viewer.id, alignmentId })
    expect(result.beads).toBe(14)
    expect(result.findings.map(({ check, beadNumber, beadId, isDismissed }) => [check, beadNumber, beadId, isDismissed])).toEqual([
      ['entities', 9, alignment.beadIds[8], false],
      ...[10, 11, 12, 13, 14].map((n) => ['empty-source', n, alignment.beadIds[n - 1], false]),
    ])
    const entity = result.findings[0]!
    expect(entity.params).toEqual({ source: '', target: 'WaffenHyperschallraketen' })
    expect(entity.diff).toEqual([{ value: 'WaffenHyperschallraketen', added: true }])
    expect(result.findings[1]!.diff).toEqual([{ value: german[10], added: true }])
  })

  it('keeps a dismissed finding dismissed until its text changes', async () => {
    const { reviewer, owner, alignmentId } = await setup()
    const [entity] = (await findFindings({ userId: reviewer.id, alignmentId })).findings
    expect(await dismissFindings({ userId: reviewer.id, alignmentId, fingerprints: [entity!.fingerprint] })).toEqual({ dismissed: [entity!.fingerprint], alreadyDismissed: 0 })
    expect(await eventsOf(alignmentId, 'findings.dismissed')).toEqual([expect.objectContaining({ userId: reviewer.id, data: { findings: [{ fingerprint: entity!.fingerprint, beadId: entity!.beadId }] } })])
    let current = await findFindings({ userId: reviewer.id, alignmentId })
    expect(current.findings.filter((f) => f.isDismissed).map((f) => f.check)).toEqual(['entities'])
    expect(summariseFindings(current.findings, current.beads)).toMatchObject({ open: 5, dismissed: 1, beadsWithOpenFindings: 5 })

    // Another bead's text changes: still dismissed.
    await editParagraphText({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), side: 'target', position: 0, text: `${german[0]} ` + 'Ein Zusatz.' })
    current = await findFindings({ userId: reviewer.id, alignmentId })
    expect(current.findings.find((f) => f.check === 'entities')).toMatchObject({ isDismissed: true })

    // The bead's own text changes (the compound is still there): a new finding, shown again.
    await editParagraphText({ userId: owner.id, alignmentId, expectedVersion: await versionOf(alignmentId), side: 'target', position: 9, text: `${german[9]} Das ist alles.` })
    current = await findFindings({ userId: reviewer.id, alignmentId })
    const again = current.findings.find((f) => f.check === 'entities')!
    expect(again).toMatchObject({ isDismissed: false, params: { target: 'WaffenHyperschallraketen' } })
    expect(again.fingerprint).not.toBe(entity!.fingerprint)
  })

  it('dismisses every finding of a check at once, and restores them', async () => {
    const { reviewer, alignmentId } = await setup()
    expect((await dismissFindings({ userId: reviewer.id, alignmentId, check: 'empty-source' })).dismissed).toHaveLength(5)
    expect((await findFindings({ userId: reviewer.id, alignmentId })).findings.filter((f) => f.isDismissed)).toHaveLength(5)
    expect(await dismissFindings({ userId: reviewer.id, alignmentId, check: 'empty-source' })).toEqual({ dismissed: [], alreadyDismissed: 5 })
    expect(await eventsOf(alignmentId, 'findings.dismissed')).toHaveLength(1)

    const one = (await findFindings({ userId: reviewer.id, alignmentId })).findings.find((f) => f.check === 'empty-source')!
    expect((await restoreFindings({ userId: reviewer.id, alignmentId, fingerprints: [one.fingerprint] })).restored).toEqual([one.fingerprint])
    expect((await restoreFindings({ userId: reviewer.id, alignmentId, check: 'empty-source' })).restored).toHaveLength(4)
    expect(await restoreFindings({ userId: reviewer.id, alignmentId, check: 'empty-source' })).toEqual({ restored: [] })
    expect((await findFindings({ userId: reviewer.id, alignmentId })).findings.some((f) => f.isDismissed)).toBe(false)
    expect(await eventsOf(alignmentId, 'findings.restored')).toHaveLength(2)
  })

  it('refuses fingerprints that are not current (text changed) or not fingerprints at all, and selections that name both or neither', async () => {
    const { reviewer, alignmentId } = await setup()
    await expectError(dismissFindings({ userId: reviewer.id, alignmentId, fingerprints: ['entities:0000000000000000'] }), 'CONFLICT', /no longer exists/)
    await expectError(dismissFindings({ userId: reviewer.id, alignmentId, fingerprints: ['bogus'] }), 'INVALID_INPUT', /Not a finding fingerprint/)
    await expectError(dismissFindings({ userId: reviewer.id, alignmentId, fingerprints: ['spelling:0000000000000000'] }), 'INVALID_INPUT', /unknown check/)
    await expectError(dismissFindings({ userId: reviewer.id, alignmentId, check: 'numbers', fingerprints: ['entities:0000000000000000'] }), 'INVALID_INPUT', /not both/)
    await expectError(dismissFindings({ userId: reviewer.id, alignmentId }), 'INVALID_INPUT', /not both/)
    expect(await db.findingDismissal.count({ where: { alignmentId } })).toBe(0)
  })

  it("lets viewers read findings but not dismiss them, and hides another project's alignment", async () => {
    const { viewer, outsider, alignmentId } = await setup()
    const [entity] = (await findFindings({ userId: viewer.id, alignmentId })).findings
    await expectError(dismissFindings({ userId: viewer.id, alignmentId, fingerprints: [entity!.fingerprint] }), 'FORBIDDEN')
    await expectError(restoreFindings({ userId: viewer.id, alignmentId, check: 'entities' }), 'FORBIDDEN')
    await expectError(findFindings({ userId: outsider.id, alignmentId }), 'NOT_FOUND')
    await expectError(dismissFindings({ userId: outsider.id, alignmentId, check: 'entities' }), 'NOT_FOUND')
  })

  it('takes two reviewers dismissing the same finding at once as one dismissal', async () => {
    const { reviewer, secondReviewer, alignmentId } = await setup()
    const [entity] = (await findFindings({ userId: reviewer.id, alignmentId })).findings
    const results = await Promise.all([
      dismissFindings({ userId: reviewer.id, alignmentId, fingerprints: [entity!.fingerprint] }),
      dismissFindings({ userId: secondReviewer.id, alignmentId, fingerprints: [entity!.fingerprint] }),
    ])
    expect(results.map((r) => r.dismissed.length + r.alreadyDismissed)).toEqual([1, 1])
    expect(await db.findingDismissal.count({ where: { alignmentId } })).toBe(1)
  })

  it('reports progress while checking', async () => {
    const { reviewer, alignmentId } = await setup()
    const progress: { done: number; total: number }[] = []
    await findFindings({ userId: reviewer.id, alignmentId, onProgress: (p) => progress.push(p) })
    expect(progress.at(-1)).toEqual({ done: 14, total: 14 })
  })

  it('gives the texts and status of the beads a page of findings points into', async () => {
    const { viewer, outsider, alignment, alignmentId } = await setup()
    const texts = await findBeadTexts({ userId: viewer.id, alignmentId, beadIds: [alignment.beadIds[3]!, alignment.beadIds[9]!, 2_000_000_000] })
    expect(Object.keys(texts).map(Number).sort((a, b) => a - b)).toEqual([alignment.beadIds[3], alignment.beadIds[9]])
    expect(texts[alignment.beadIds[3]!]).toMatchObject({ number: 4, srcStart: 3, tgtStart: 3, source: [samplePairs[3]![0][0]], target: samplePairs[3]![1], reviewStatus: 'UNREVIEWED' })
    expect(texts[alignment.beadIds[9]!]).toMatchObject({ number: 10, source: [], target: [german[10]] })
    await expectError(findBeadTexts({ userId: outsider.id, alignmentId, beadIds: [alignment.beadIds[0]!] }), 'NOT_FOUND')
  })
})
