import { describe, expect, it } from 'vitest'
import { compare, replay, type Bead, type LoggedEvent, type State } from './replay'

const bead = (s: number, se: number, t: number, te: number, isConfirmed = false): Bead => ({ srcStart: s, srcEnd: se, tgtStart: t, tgtEnd: te, isConfirmed, origin: 'AUTO', reviewStatus: 'UNREVIEWED' })
const initial: State = { beads: [bead(0, 1, 0, 1), bead(1, 2, 1, 2), bead(2, 3, 2, 3)], texts: { source: ['A', 'B', 'C'], target: ['a', 'b', 'c'] }, version: 1 }
const merged = { ...bead(0, 2, 0, 2), origin: 'MANUAL' }
const merge: LoggedEvent = { id: 10, kind: 'beads.merged', version: 2, revertsId: null, data: { region: { srcStart: 0, srcEnd: 2, tgtStart: 0, tgtEnd: 2 }, before: [bead(0, 1, 0, 1), bead(1, 2, 1, 2)], after: [merged] } }
const edit: LoggedEvent = { id: 11, kind: 'paragraph.edited', version: 3, revertsId: null, data: { side: 'target', position: 2, from: { texts: ['c'] }, to: { texts: ['c!'] } } }
const undo: LoggedEvent = { id: 12, kind: 'edit.undone', version: 4, revertsId: 10, data: {} }

describe('replay', () => {
  it('replays merges, text edits and undo to the stored state', () => {
    const result = replay(initial, [merge, edit, undo])
    expect(result.version).toBe(4)
    expect(result.beads).toEqual(initial.beads)
    expect(result.texts.target).toEqual(['a', 'b', 'c!'])
    expect(compare(result, { ...initial, texts: { ...initial.texts, target: ['a', 'b', 'c!'] }, version: 4 })).toEqual([])
  })

  it.each([
    ['a lost operation (version gap)', [merge, { ...edit, version: 4 }], /expected version 3/],
    ['a duplicated operation (same version twice)', [merge, { ...merge, id: 11 }], /expected version 3/],
    ['an event whose beads were not there', [{ ...merge, data: { ...(merge.data as object), before: [bead(0, 1, 0, 1, true), bead(1, 2, 1, 2)] } }], /not the ones/],
    ['a text edit of text that was not there', [{ ...edit, version: 2, data: { ...(edit.data as object), from: { texts: ['x'] } } }], /did not hold/],
    ['an undo of an unknown event', [{ ...undo, version: 2, revertsId: 99 }], /not in the log/],
  ])('refuses %s', (_name, events, message) => {
    expect(() => replay(initial, events as LoggedEvent[])).toThrow(message)
  })

  it('reports where a stored alignment differs from the replay', () => {
    const stored = { ...initial, beads: [bead(0, 1, 0, 1, true), ...initial.beads.slice(1)] }
    expect(compare(initial, stored)).toEqual([expect.stringMatching(/^bead 1 differs/)])
  })
})
