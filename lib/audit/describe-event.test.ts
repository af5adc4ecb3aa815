import { describe, expect, it } from 'vitest'
import { eventKinds } from '../events/event-kinds'
import { createTranslator } from 'next-intl'
import de from '../i18n/messages/de/security.json'
import en from '../i18n/messages/en/security.json'
import { describeDetails, describeEvent, EXCERPT_CHARS, numberList, paragraphRange } from './describe-event'

const messageKey = (kind: string) => kind.replace(/\./g, '_')

// What the audit query looks up: bead 11 is bead 4 today, annotation 2 still exists.
const context = {
  beadNumbers: new Map([[11, 4]]),
  annotations: new Map([[2, { side: 'TARGET', position: 7, quote: 'the span', category: 'STYLE', severity: 'MINOR' }]]),
}

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
    ['comment.created', { commentId: 5, threadId: 5, beadId: 11, anchor: { side: 'target', position: 2 }, body: 'x' }, { reply: 'no', bead: 4, side: 'target', position: 3 }],
    ['comment.created', { commentId: 6, threadId: 5, beadId: 99, body: 'y' }, { reply: 'yes', bead: 0 }],
    ['thread.resolved', { threadId: 5, beadId: 11 }, { bead: 4 }],
    ['annotation.created', { annotationId: 1, side: 'source', position: 0, quote: 'q', category: 'OMISSION', severity: 'MAJOR' }, { side: 'source', position: 1, category: 'OMISSION', severity: 'MAJOR' }],
    ['annotation.resolved', { annotationId: 2, before: 'OPEN', after: 'RESOLVED' }, { side: 'target', position: 8, category: 'STYLE', severity: 'MINOR' }],
    ['annotation.reopened', { annotationId: 404, before: 'RESOLVED', after: 'OPEN' }, { category: 'none', position: 0 }],
    ['annotation.edited', { annotationId: 2, before: { category: 'GRAMMAR', severity: 'MINOR', note: '' }, after: { category: 'STYLE', severity: 'MINOR', note: '' } }, { fromCategory: 'GRAMMAR', category: 'STYLE', position: 8 }],
    ['annotation.deleted', { annotationId: 3, before: { side: 'TARGET', category: 'SPELLING', severity: 'MINOR', quote: 'teh' } }, { side: 'target', category: 'SPELLING' }],
    ['review.approved', { to: 'APPROVED', beads: [{ id: 1, number: 3, from: 'UNREVIEWED' }, { id: 2, number: 1 }, { id: 3, number: 2 }, { id: 4, number: 7 }] }, { count: 4, beads: '1–3, 7' }],
    ['findings.dismissed', { check: 'numbers', findings: [{ fingerprint: 'a', beadId: 11 }, { fingerprint: 'b', beadId: 99 }] }, { count: 2, check: 'numbers', beads: '4' }],
    ['findings.restored', { fingerprints: ['a'] }, { count: 1, check: 'none' }],
    ['project.severity-weights-changed', { before: { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25 }, after: { NEUTRAL: 0, MINOR: 2, MAJOR: 10, CRITICAL: 30 } }, { minor: 2, fromMajor: 5, critical: 30 }],
  ])('%s says what happened where', (kind, data, params) => {
    const description = describeEvent(kind, data, context)
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

  it('shows the words of review work: comments, marked spans, notes', () => {
    expect(describeDetails('comment.created', { body: 'Zahl prüfen' })).toEqual([{ label: 'comment', text: 'Zahl prüfen' }])
    expect(describeDetails('comment.edited', { before: 'a', after: 'b' })).toEqual([{ label: 'before', text: 'a' }, { label: 'after', text: 'b' }])
    expect(describeDetails('annotation.created', { quote: 'teh', note: '' })).toEqual([{ label: 'quote', text: 'teh' }])
    expect(describeDetails('annotation.resolved', { annotationId: 2 }, context)).toEqual([{ label: 'quote', text: 'the span' }])
  })

  it('lists bead numbers as ranges', () => {
    expect([numberList([5, 1, 2, 3, 9, 10]), numberList([]), numberList([1, 3, 5], 2)]).toEqual(['1–3, 5, 9–10', '', '1, 3, …'])
  })
})

describe('the audit page’s messages', () => {
  // A kind added to lib/events/event-kinds.ts needs its sentence in
  // lib/i18n/messages/{en,de}/security.json (auditKinds; auditWhat if it can be undone).
  // Every kind, in both languages, formats with the parameters describeEvent gives it (also
  // from an empty row), and the German is not the English copied.
  it.each(eventKinds)('%s has a sentence in English and German', (kind) => {
    const { params } = describeEvent(kind, {}, context)
    const sentences = (['en', 'de'] as const).map((locale) => {
      const messages = { en, de }[locale]
      expect(messages.auditKinds, `${locale}: auditKinds.${messageKey(kind)}`).toHaveProperty([messageKey(kind)])
      const t = createTranslator({ locale, messages, namespace: 'auditKinds', onError: (error) => { throw error } })
      return t(messageKey(kind) as 'unknown', { what: 'x', ...params })
    })
    expect(sentences[0]).not.toMatch(/[{}]/)
    expect(sentences[1]).not.toBe(sentences[0])
  })
})
