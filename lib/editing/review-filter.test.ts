import { describe, expect, it } from 'vitest'
import { conditionCount, isFiltering, matchesFilter, nearestRow, noFilter, rowAtOrAfter, stepRows, visibleRows, type ReviewFilter } from './review-filter'
import type { BeadFacts } from './review-layer'

const facts = (over: Partial<BeadFacts>): BeadFacts => ({ openThreads: 0, resolvedThreads: 0, annotations: [], openFindings: 0, dismissedFindings: 0, checks: [], worstFinding: null, ...over })
const filter = (over: Partial<ReviewFilter>): ReviewFilter => ({ ...noFilter, ...over })

const omissionMajor = facts({ annotations: [{ id: 1, category: 'OMISSION', severity: 'MAJOR', status: 'OPEN' }] })
const twoAnnotations = facts({
  annotations: [
    { id: 2, category: 'OMISSION', severity: 'MINOR', status: 'OPEN' },
    { id: 3, category: 'SPELLING', severity: 'MAJOR', status: 'OPEN' },
  ],
})
const numbersFinding = facts({ openFindings: 1, checks: ['numbers'], worstFinding: 'major' })
const dismissedOnly = facts({ dismissedFindings: 2 })
const openThread = facts({ openThreads: 1 })

describe('matchesFilter', () => {
  it.each([
    ['no filter', 'UNREVIEWED', null, noFilter, true],
    ['status in the list', 'APPROVED', null, filter({ statuses: ['APPROVED', 'REJECTED'] }), true],
    ['status not in the list', 'UNREVIEWED', null, filter({ statuses: ['APPROVED'] }), false],
    ['category', 'UNREVIEWED', omissionMajor, filter({ categories: ['OMISSION'] }), true],
    ['category missing', 'UNREVIEWED', numbersFinding, filter({ categories: ['OMISSION'] }), false],
    ['severity', 'UNREVIEWED', omissionMajor, filter({ severities: ['MAJOR', 'CRITICAL'] }), true],
    ['category and severity on the same annotation', 'UNREVIEWED', omissionMajor, filter({ categories: ['OMISSION'], severities: ['MAJOR'] }), true],
    // An omission that is minor and a major spelling error: no major omission.
    ['category and severity on different annotations', 'UNREVIEWED', twoAnnotations, filter({ categories: ['OMISSION'], severities: ['MAJOR'] }), false],
    ['any open finding', 'UNREVIEWED', numbersFinding, filter({ findings: 'any' }), true],
    ['only dismissed findings', 'UNREVIEWED', dismissedOnly, filter({ findings: 'any' }), false],
    ['findings of one check', 'UNREVIEWED', numbersFinding, filter({ findings: 'numbers' }), true],
    ['findings of another check', 'UNREVIEWED', numbersFinding, filter({ findings: 'dates' }), false],
    ['open threads', 'UNREVIEWED', openThread, filter({ hasOpenThreads: true }), true],
    ['no open threads', 'UNREVIEWED', facts({ resolvedThreads: 1 }), filter({ hasOpenThreads: true }), false],
    ['every condition at once', 'NEEDS_WORK', facts({ ...omissionMajor, ...openThread, annotations: omissionMajor.annotations, openFindings: 1, checks: ['dates'] }), filter({ statuses: ['NEEDS_WORK'], severities: ['MAJOR'], findings: 'dates', hasOpenThreads: true }), true],
  ] as const)('%s', (_name, status, beadFacts, given, expected) => {
    expect(matchesFilter(status, beadFacts, given as ReviewFilter)).toBe(expected)
  })

  it('counts the conditions set', () => {
    expect(isFiltering(noFilter)).toBe(false)
    expect(conditionCount(noFilter)).toBe(0)
    expect(conditionCount(filter({ statuses: ['APPROVED'], categories: ['OMISSION'], severities: ['MAJOR'] }))).toBe(2)
    expect(isFiltering(filter({ hasOpenThreads: true }))).toBe(true)
  })
})

describe('visible rows and moving among them', () => {
  const beads = ['UNREVIEWED', 'APPROVED', 'UNREVIEWED', 'APPROVED', 'UNREVIEWED'].map((reviewStatus) => ({ reviewStatus }))
  const none = beads.map(() => null)

  it('shows every bead without a filter, and the matching ones with one', () => {
    expect(visibleRows(beads, none, noFilter)).toEqual([0, 1, 2, 3, 4])
    expect(visibleRows(beads, none, filter({ statuses: ['UNREVIEWED'] }))).toEqual([0, 2, 4])
  })

  it('keeps the bead under the cursor while the cursor is on it', () => {
    expect(visibleRows(beads, none, filter({ statuses: ['UNREVIEWED'] }), 3)).toEqual([0, 2, 3, 4])
  })

  it('steps over hidden beads, clamped at both ends', () => {
    const rows = [0, 2, 4]
    expect(stepRows(rows, 0, 1)).toBe(2)
    expect(stepRows(rows, 2, -1)).toBe(0)
    expect(stepRows(rows, 4, 1)).toBe(4)
    expect(stepRows(rows, 0, -5)).toBe(0)
    expect(stepRows(rows, 0, 10)).toBe(4)
    // From a hidden bead: down is the next row shown, up the previous one.
    expect(stepRows(rows, 3, 1)).toBe(4)
    expect(stepRows(rows, 3, -1)).toBe(2)
    expect(stepRows([], 3, 1)).toBeNull()
  })

  it('finds the nearest row shown for a jump from the overview', () => {
    expect(nearestRow([0, 5, 9], 5)).toBe(5)
    expect(nearestRow([0, 5, 9], 6)).toBe(5)
    expect(nearestRow([0, 5, 9], 8)).toBe(9)
    expect(nearestRow([5, 9], 1)).toBe(5)
    expect(nearestRow([5, 9], 12)).toBe(9)
    expect(nearestRow([], 1)).toBeNull()
    expect(rowAtOrAfter([0, 5, 9], 6)).toBe(2)
  })
})
