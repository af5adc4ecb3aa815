import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BeadView } from '../alignments/get-alignment-view'
import { packBeads, unpackBeads } from './pack-beads'

describe('packBeads', () => {
  const shape = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).filter(([s, t]) => s + t > 0)
  const attributes = fc.record({
    origin: fc.constantFrom<'AUTO' | 'MANUAL'>('AUTO', 'MANUAL'),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    isConfirmed: fc.boolean(),
    reviewStatus: fc.constantFrom<BeadView['reviewStatus']>('UNREVIEWED', 'APPROVED', 'NEEDS_WORK', 'REJECTED'),
    reasons: fc.array(fc.record({ code: fc.constantFrom('merge', 'length-ratio'), params: fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer())) }), { maxLength: 2 }),
  })
  const beads = fc.array(fc.tuple(shape, attributes), { maxLength: 30 }).map((parts) => {
    let src = 0
    let tgt = 0
    return parts.map(([[s, t], rest], k): BeadView => {
      const bead = { id: 100 + k, srcStart: src, srcEnd: src + s, tgtStart: tgt, tgtEnd: tgt + t, ...rest }
      src += s
      tgt += t
      return bead
    })
  })

  it('unpacks to exactly the beads it packed, for any tiling', () => {
    fc.assert(
      fc.property(beads, (list) => {
        expect(unpackBeads(JSON.parse(JSON.stringify(packBeads(list))))).toEqual(list)
      }),
      { numRuns: 300 },
    )
  })

  it('is several times smaller than the beads themselves', () => {
    const list: BeadView[] = Array.from({ length: 1000 }, (_, k) => ({ id: k + 1, srcStart: k, srcEnd: k + 1, tgtStart: k, tgtEnd: k + 1, origin: 'AUTO', confidence: 0.943, reasons: [], isConfirmed: false, reviewStatus: 'UNREVIEWED' }))
    expect(JSON.stringify(packBeads(list)).length * 5).toBeLessThan(JSON.stringify(list).length)
  })
})
