import { describe, expect, it } from 'vitest'
import { eventKinds } from '../events/event-kinds'
import en from '../i18n/messages/en/security.json'
import { describeDetails, describeEvent, EXCERPT_CHARS, paragraphRange } from './describe-event'

const messageKey = (kind: string) => kind.replace(/\./g, '_')

describe('describeEvent', () => {
  it.each([
    ['beads.merged', { region: { srcStart: 2, srcEnd: 4, tgtStart: 2, tgtEnd: 3 }, before: [{}, {}], after: [{}] }, { source: '3–4', target: '3', before: 2, after: 1 }],
    ['paragraph.detached', { side: 'target', position: 4, region: { srcStart: 5, srcEnd: 5, tgtStart: 4, tgtEnd: 5 } }, { side: 'target', position: 5, source: '–', target: '5' }],
    ['paragraph.moved', { side: 'source', position: 1, targetBead: 2 }, { side: 'source', position: 2, bead: 3 }],
    ['paragraph.edited', { side: 'target', position: 0, from: { texts: ['a'] }, to: { texts: ['b'] } }, { side: 'target', position: 1 }],
    ['paragraphs.joined', { side: 'source', position: 6 }, { position: 7, next: 8 }],
    ['alignment.created', { title: 'T', beads: 3, sourceParagraphs: 3, targetParagraphs: 4 }, { beads: 3, source: 3, target: 4 }],
    ['edit.undone', { undoneKind: 'beads.split' }, { what: 'beads.split' }],
    ['project.member-added', { email: 'a@b.example', role: 'EDITOR' }, { email: 'a@b.example', role: 'EDITOR' }],
  ])('%s says what happened where', (kind, data, params) => {
    const description = describeEvent(kind, data)
    expect(description.key).toBe(kind)
    expect(description.params).toMatchObject(params)
  })

  it.each([
    ['a kind added after this code', 'comment.added', { x: 1 }],
    ['a row without data', 'beads.merged', null],
    ['data of the wrong shape', 'beads.merged', { region: 'nonsense', before: 3 }],
    ['an undo of an unknown kind', 'edit.undone', { undoneKind: 'something.else' }],
  ])('describes %s without failing', (_name, kind, data) => {
    const description = describeEvent(kind, data)
    expect(typeof description.key).toBe('string')
    for (const value of Object.values(description.params)) expect(['string', 'number']).toContain(typeof value)
  })

  it('numbers paragraphs from 1 and marks an empty side', () => {
    expect([paragraphRange(0, 1), paragraphRange(2, 5), paragraphRange(3, 3)]).toEqual(['1', '3–5', '–'])
  })

  it('shows a text edit before and after, cut to a readable length', () => {
    const long = 'x'.repeat(EXCERPT_CHARS + 50)
    expect(describeDetails('paragraph.edited', { from: { texts: ['Alt.'] }, to: { texts: [long] } })).toEqual([
      { label: 'before', text: 'Alt.' },
      { label: 'after', text: `${'x'.repeat(EXCERPT_CHARS)}…` },
    ])
    expect(describeDetails('beads.merged', {})).toEqual([])
  })
})

describe('the audit page’s messages', () => {
  // A kind added to lib/events/event-kinds.ts needs its sentence in
  // lib/i18n/messages/{en,de}/security.json (auditKinds; auditWhat if it can be undone).
  it.each(eventKinds)('%s has a sentence', (kind) => {
    expect(en.auditKinds).toHaveProperty([messageKey(kind)])
  })
})
