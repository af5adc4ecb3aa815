// What an event-log row says in words, for the audit page: a message key (rendered in the
// interface language from lib/i18n/messages/*/security.json, namespace "auditKinds") and its
// parameters, taken from the row's `data`. Pure, and forgiving: rows written by older
// versions, or by kinds added later, still describe themselves.
import { eventKinds, type EventKind } from '../events/event-kinds'

export type EventDescription = { key: EventKind | 'unknown'; params: Record<string, string | number> }
export type AuditDetail = { label: 'before' | 'after'; text: string }

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

export function describeEvent(kind: string, raw: unknown): EventDescription {
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
    default:
      return { key: kind, params: { email: str(data.email), role: str(data.role ?? data.to), from: str(data.from) } }
  }
}

/** For a text edit: the paragraph before and after, each cut to EXCERPT_CHARS. */
export function describeDetails(kind: string, raw: unknown): AuditDetail[] {
  if (kind !== 'paragraph.edited') return []
  const data = (raw && typeof raw === 'object' ? raw : {}) as { from?: { texts?: unknown[] }; to?: { texts?: unknown[] } }
  const cut = (text: unknown) => {
    const value = str(text)
    return value.length > EXCERPT_CHARS ? `${value.slice(0, EXCERPT_CHARS)}…` : value
  }
  return [
    { label: 'before', text: cut(data.from?.texts?.[0]) },
    { label: 'after', text: cut(data.to?.texts?.[0]) },
  ]
}
