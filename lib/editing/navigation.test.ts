import { describe, expect, it } from 'vitest'
import { findBead, findMatches, isTarget, MAX_MATCHES, type NavigableBead } from './navigation'

function beads(spec: string): NavigableBead[] {
  // "1-1:0.95:c" = shape, confidence, confirmed
  let src = 0
  let tgt = 0
  return spec.split(' ').map((part) => {
    const [shape, confidence, flag] = part.split(':') as [string, string, string | undefined]
    const [s, t] = shape.split('-').map(Number) as [number, number]
    const bead = { srcStart: src, srcEnd: src + s, tgtStart: tgt, tgtEnd: tgt + t, confidence: Number(confidence), isConfirmed: flag === 'c' }
    src += s
    tgt += t
    return bead
  })
}

describe('isTarget', () => {
  const [high, low, split, confirmed] = beads('1-1:0.95 1-1:0.4 1-2:0.99 1-1:0.89:c')
  it.each([
    ['low-confidence', [false, true, false, true]],
    ['non-one-to-one', [false, false, true, false]],
    ['unconfirmed', [true, true, true, false]],
  ] as const)('%s', (target, expected) => {
    expect([high, low, split, confirmed].map((b) => isTarget(b!, target))).toEqual(expected)
  })
})

describe('findBead', () => {
  const list = beads('1-1:0.9 1-2:0.9 1-1:0.9 2-1:0.9 1-1:0.9')
  const nonOne = (b: NavigableBead) => isTarget(b, 'non-one-to-one')
  it.each([
    ['next from the first bead', 0, 1, { index: 1, wrapped: false }],
    ['next from a match skips it', 1, 1, { index: 3, wrapped: false }],
    ['next from the last bead goes round', 4, 1, { index: 1, wrapped: true }],
    ['previous from the first bead goes round', 0, -1, { index: 3, wrapped: true }],
    ['previous from the last bead', 4, -1, { index: 3, wrapped: false }],
  ] as const)('%s', (_name, from, direction, expected) => {
    expect(findBead(list, from, direction, nonOne)).toEqual(expected)
  })

  it('finds nothing when no other bead matches (the current one does not count)', () => {
    expect(findBead(beads('1-2:0.9 1-1:0.9'), 0, 1, nonOne)).toBeNull()
    expect(findBead(beads('1-1:0.9'), 0, 1, () => true)).toBeNull()
  })
})

describe('findMatches', () => {
  const list = beads('1-1:1 1-2:1 0-1:1')
  const source = ['The Plan is a plan.', 'No match here.']
  const target = ['Der Plan.', 'Ein Satz.', 'PLAN B', 'Impressum']

  it('finds matches on both sides in the order of the beads, ignoring case', () => {
    const { matches } = findMatches(list, { source, target }, 'plan')
    expect(matches.map((m) => [m.bead, m.side, m.position, m.start, m.end])).toEqual([
      [0, 'source', 0, 4, 8],
      [0, 'source', 0, 14, 18],
      [0, 'target', 0, 4, 8],
      [1, 'target', 2, 0, 4],
    ])
  })

  it('searches one side only when asked', () => {
    expect(findMatches(list, { target }, 'plan').matches.map((m) => m.side)).toEqual(['target', 'target'])
  })

  it('takes the query literally (no regular expressions) and ignores surrounding spaces', () => {
    expect(findMatches(beads('1-0:1'), { source: ['a.b axb (a+'] }, ' a.b ').matches).toHaveLength(1)
    expect(findMatches(beads('1-0:1'), { source: ['a.b axb (a+'] }, '(a+').matches).toHaveLength(1)
    expect(findMatches(list, { source, target }, '   ').matches).toEqual([])
  })

  it('counts offsets in UTF-16 code units, after astral characters and case changes that change length', () => {
    const { matches } = findMatches(beads('1-0:1'), { source: ['😀 İstanbul istanbul'] }, 'istanbul')
    expect(matches.map((m) => [m.start, m.end])).toEqual([[12, 20]])
    const emoji = findMatches(beads('1-0:1'), { source: ['😀 Straße'] }, 'straße').matches[0]!
    expect('😀 Straße'.slice(emoji.start, emoji.end)).toBe('Straße')
  })

  it('stops at MAX_MATCHES and says so', () => {
    const result = findMatches(beads('1-0:1'), { source: ['a'.repeat(MAX_MATCHES + 10)] }, 'a')
    expect(result.matches).toHaveLength(MAX_MATCHES)
    expect(result.isTruncated).toBe(true)
  })
})
