import { describe, expect, it } from 'vitest'
import type { ReviewStatus } from '../generated/prisma/enums'
import { binOf, findingsPerBin, progressAlong, statusCounts } from './review-progress'
import { applyTransition, availableTransitions } from './review-transitions'

const beads = (statuses: string) =>
  statuses.split('').map((letter, i) => ({ id: i + 1, reviewStatus: ({ u: 'UNREVIEWED', a: 'APPROVED', n: 'NEEDS_WORK', r: 'REJECTED' } as const)[letter as 'u']! }))

describe('progressAlong', () => {
  it('cuts the document into bins of nearly equal size, keeping every bead once', () => {
    const bins = progressAlong(beads('aaannurrru'), { maxBins: 3 })
    expect(bins.map(({ from, to }) => [from, to])).toEqual([[0, 3], [3, 6], [6, 10]])
    expect(bins.map((bin) => bin.counts)).toEqual([
      { UNREVIEWED: 0, APPROVED: 3, NEEDS_WORK: 0, REJECTED: 0 },
      { UNREVIEWED: 1, APPROVED: 0, NEEDS_WORK: 2, REJECTED: 0 },
      { UNREVIEWED: 1, APPROVED: 0, NEEDS_WORK: 0, REJECTED: 3 },
    ])
  })

  it('has one bin per bead when there are fewer beads than bins, and none for no beads', () => {
    expect(progressAlong(beads('au'))).toHaveLength(2)
    expect(progressAlong([])).toEqual([])
  })

  it('adds up open findings and threads per bin', () => {
    const bins = progressAlong(beads('uuuu'), { maxBins: 2, openFindings: { 1: 2, 4: 1 }, openThreads: { 2: 1 } })
    expect(bins.map(({ openFindings, openThreads }) => [openFindings, openThreads])).toEqual([[2, 1], [1, 0]])
  })

  it('puts every bead in the bin progressAlong puts it in', () => {
    for (const [total, maxBins] of [[10, 3], [7, 60], [10_000, 60], [61, 60], [119, 60]] as const) {
      const list = Array.from({ length: total }, (_, i) => ({ id: i + 1, reviewStatus: 'UNREVIEWED' as const }))
      const bins = progressAlong(list, { maxBins })
      for (let i = 0; i < total; i += Math.max(1, Math.floor(total / 200))) {
        const bin = binOf(i, total, maxBins)
        expect(bins[bin]!.from <= i && i < bins[bin]!.to, `${i} of ${total}`).toBe(true)
      }
    }
    expect(findingsPerBin([1, 1, 10, 4], 10, 3)).toEqual([2, 1, 1])
  })

  it('counts statuses', () => {
    expect(statusCounts(beads('aanru'))).toEqual({ UNREVIEWED: 1, APPROVED: 2, NEEDS_WORK: 1, REJECTED: 1 })
  })
})

describe('review transitions', () => {
  it.each<[Parameters<typeof applyTransition>[0], ReviewStatus, ReturnType<typeof applyTransition>]>([
    ['approve', 'UNREVIEWED', 'APPROVED'],
    ['approve', 'REJECTED', 'APPROVED'],
    ['approve', 'APPROVED', 'unchanged'],
    ['requestChanges', 'APPROVED', 'NEEDS_WORK'],
    ['reject', 'NEEDS_WORK', 'REJECTED'],
    ['reopen', 'REJECTED', 'UNREVIEWED'],
    ['reopen', 'UNREVIEWED', 'unchanged'],
  ])('%s from %s gives %s', (transition, from, to) => {
    expect(applyTransition(transition, from)).toBe(to)
  })

  it('offers what changes at least one bead of a selection', () => {
    expect(availableTransitions(['UNREVIEWED'])).toEqual(['approve', 'requestChanges', 'reject'])
    expect(availableTransitions(['APPROVED', 'APPROVED'])).toEqual(['requestChanges', 'reject', 'reopen'])
    expect(availableTransitions(['APPROVED', 'UNREVIEWED'])).toEqual(['approve', 'requestChanges', 'reject', 'reopen'])
  })
})
