// What an event-log row says in words, for the audit page: a message key (rendered in the
// interface language from lib/i18n/messages/*/security.json, namespace "auditKinds") and its
// parameters, taken from the row's `data`. Pure, and forgiving: rows written by older
// versions, or by kinds added later, still describe themselves.
import { eventKinds, type EventKind } from '../events/event-kinds'

export type EventDescription = { key: EventKind | 'unknown'; params: Record<string, string | number> }
export type AuditDetail = { label: 'before' | 'after' | 'comment' | 'quote' | 'note'; text: string }

/** An annotation as it is now, for events that name only its id (edited, resolved, reopened). */
export type AnnotationFacts = { side: string; position: number; quote: string; category: string; severity: string }

/**
 * What the event row alone does not say, looked up by the caller: today's 1-based number of
 * the bead an event names by id (absent: the bead was replaced by a later edit), and the
 * annotations that still exist.
 */
export type EventContext = { beadNumbers?: ReadonlyMap<number, number>; annotations?: ReadonlyMap<number, AnnotationFacts> }

/** Message parameters whose values are enum names; the page puts them in the reader's language. */
export const LABELLED_PARAMS = {
  category: 'reviewMqm.category',
  fromCategory: 'reviewMqm.category',
  severity: 'reviewMqm.severity',
  fromSeverity: 'reviewMqm.severity',
  check: 'reviewFindings.check',
  status: 'reviewStatus.status',
} as const

type Region = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }
type Data = Record<string, unknown>

/** Longest text excerpt the audit page shows of a paragraph before and after an edit. */
export const EXCERPT_CHARS = 300

const isKind = (kind: string): kind is EventKind => (eventKinds as readonly string[]).includes(kind)
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)
const str = (value: unknown) => (typeof value === 'string' ? value : '')

/** "3", "3–5" (1-based paragraph numbers) or "–" for an empty range. */
export function paragraphRange(start: number, end: number): string {
  if (end <= start) return '–'
  return end - start === 1 ? String(start + 1) : `${start + 1}–${end}`
}

function region(data: Data): { source: string; target: string } {
  const r = data.region as Partial<Region> | undefined
  if (!r) return { source: '–', target: '–' }
  return { source: paragraphRange(num(r.srcStart), num(r.srcEnd)), target: paragraphRange(num(r.tgtStart), num(r.tgtEnd)) }
}

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0)
const sideOf = (data: Data) => (data.side === 'target' || data.side === 'TARGET' ? 'target' : 'source')
const record = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {})
const none = 'none'

/** "1–3, 7, 9–10" from bead numbers in any order (the beads a review change touched). */
export function numberList(numbers: readonly number[], max = 12): string {
  const sorted = [...new Set(numbers.filter((n) => Number.isInteger(n) && n > 0))].sort((a, b) => a - b)
  const runs: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`)
    i = j + 1
  }
  return runs.length > max ? `${runs.slice(0, max).join(', ')}, …` : runs.join(', ')
}

/** The bead's number today, or 0 ("a bead changed since": the messages leave it out). */
const beadOf = (data: Data, context: EventContext) => (typeof data.beadId === 'number' ? (context.beadNumbers?.get(data.beadId) ?? 0) : 0)

function annotationParams(data: Data, context: EventContext) {
  const stored = record(data.before)
  const now = typeof data.annotationId === 'number' ? context.annotations?.get(data.annotationId) : undefined
  // Created and deleted events carry the annotation; the others name it, and it may be gone.
  const facts = { ...(now ?? {}), ...(typeof data.category === 'string' ? data : typeof stored.category === 'string' ? stored : {}) } as Data
  const known = typeof facts.category === 'string'
  return {
    side: sideOf(facts),
    position: typeof facts.position === 'number' ? facts.position + 1 : 0,
    category: known ? str(facts.category) : none,
    severity: typeof facts.severity === 'string' ? str(facts.severity) : none,
  }
}

export function describeEvent(kind: string, raw: unknown, context: EventContext = {}): EventDescription {
  const data = (raw && typeof raw === 'object' ? raw : {}) as Data
  if (!isKind(kind)) return { key: 'unknown', params: { kind: kind.slice(0, 100) } }
  const where = region(data)
  const position = num(data.position) + 1
  switch (kind) {
    case 'alignment.created':
    case 'alignment.imported':
      return { key: kind, params: { title: str(data.title), beads: num(data.beads), source: num(data.sourceParagraphs), target: num(data.targetParagraphs) } }
    case 'beads.merged':
    case 'beads.split':
    case 'paragraph.shifted':
    case 'paragraph.detached':
    case 'paragraphs.paired':
    case 'paragraph.moved':
      return { key: kind, params: { ...where, before: count(data.before), after: count(data.after), side: sideOf(data), position, bead: num(data.targetBead) + 1 } }
    case 'beads.confirmed':
    case 'beads.unconfirmed':
    case 'alignment.realigned':
      return { key: kind, params: { ...where, before: count(data.before), after: count(data.after) } }
    case 'paragraph.edited':
    case 'paragraph.split':
    case 'paragraphs.joined':
      return { key: kind, params: { side: sideOf(data), position, next: position + 1 } }
    case 'edit.undone':
    case 'edit.redone': {
      const reverted = str(kind === 'edit.undone' ? data.undoneKind : data.redoneKind)
      return { key: kind, params: { what: isKind(reverted) ? reverted : 'unknown' } }
    }
    case 'comment.created':
      return { key: kind, params: { bead: beadOf(data, context), reply: data.threadId !== undefined && data.threadId !== data.commentId ? 'yes' : 'no', side: sideOf(record(data.anchor)), position: num(record(data.anchor).position) + 1 } }
    case 'comment.edited':
    case 'comment.deleted':
    case 'thread.resolved':
    case 'thread.reopened':
      return { key: kind, params: { bead: beadOf(data, context) } }
    case 'annotation.created':
    case 'annotation.deleted':
    case 'annotation.resolved':
    case 'annotation.reopened':
      return { key: kind, params: annotationParams(data, context) }
    case 'annotation.edited': {
      const before = record(data.before)
      const after = record(data.after)
      return {
        key: kind,
        params: {
          ...annotationParams({ ...data, before: undefined, category: undefined }, context),
          fromCategory: str(before.category) || none,
          fromSeverity: str(before.severity) || none,
          category: str(after.category) || none,
          severity: str(after.severity) || none,
        },
      }
    }
    case 'review.approved':
    case 'review.changes-requested':
    case 'review.rejected':
    case 'review.reopened': {
      const beads = Array.isArray(data.beads) ? data.beads.map((bead) => num(record(bead).number)) : []
      return { key: kind, params: { count: beads.length, beads: numberList(beads) || '–' } }
    }
    case 'findings.dismissed':
    case 'findings.restored': {
      const findings = kind === 'findings.dismissed' ? data.findings : data.fingerprints
      const beads = kind === 'findings.dismissed' && Array.isArray(data.findings) ? data.findings.map((f) => beadOf(record(f), context)) : []
      return { key: kind, params: { count: count(findings), check: str(data.check) || none, beads: numberList(beads) || none } }
    }
    case 'project.severity-weights-changed': {
      const after = record(data.after)
      const before = record(data.before)
      return { key: kind, params: { minor: num(after.MINOR), major: num(after.MAJOR), critical: num(after.CRITICAL), fromMinor: num(before.MINOR), fromMajor: num(before.MAJOR), fromCritical: num(before.CRITICAL) } }
    }
    default:
      return { key: kind, params: { email: str(data.email), role: str(data.role ?? data.to), from: str(data.from) } }
  }
}

const cut = (text: unknown) => {
  const value = str(text)
  return value.length > EXCERPT_CHARS ? `${value.slice(0, EXCERPT_CHARS)}…` : value
}

/**
 * The words an event changed, each cut to EXCERPT_CHARS: a text edit's paragraph before and
 * after, a comment's text, an annotation's quoted span and note. Empty parts are left out.
 */
export function describeDetails(kind: string, raw: unknown, context: EventContext = {}): AuditDetail[] {
  const data = (raw && typeof raw === 'object' ? raw : {}) as Data
  const details: AuditDetail[] = []
  const add = (label: AuditDetail['label'], text: unknown) => {
    if (str(text).trim()) details.push({ label, text: cut(text) })
  }
  switch (kind) {
    case 'paragraph.edited': {
      const texts = (value: unknown) => (Array.isArray(record(value).texts) ? (record(value).texts as unknown[]) : [])
      return [
        { label: 'before', text: cut(texts(data.from)[0]) },
        { label: 'after', text: cut(texts(data.to)[0]) },
      ]
    }
    case 'comment.created':
      add('comment', data.body)
      break
    case 'comment.edited':
      add('before', data.before)
      add('after', data.after)
      break
    case 'comment.deleted':
      add('comment', data.before)
      break
    case 'annotation.created':
      add('quote', data.quote)
      add('note', data.note)
      break
    case 'annotation.deleted':
      add('quote', record(data.before).quote)
      add('note', record(data.before).note)
      break
    case 'annotation.edited': {
      const before = str(record(data.before).note)
      const after = str(record(data.after).note)
      const quote = typeof data.annotationId === 'number' ? context.annotations?.get(data.annotationId)?.quote : undefined
      add('quote', quote)
      if (before !== after) {
        add('before', before)
        add('after', after)
      }
      break
    }
    case 'annotation.resolved':
    case 'annotation.reopened':
      add('quote', typeof data.annotationId === 'number' ? context.annotations?.get(data.annotationId)?.quote : undefined)
      break
  }
  return details
}
