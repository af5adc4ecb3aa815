'use client'
import clsx from 'clsx'
import {
  ArrowDownToLine,
  ArrowUpToLine,
  Check,
  ChevronDown,
  CircleAlert,
  ChevronUp,
  Combine,
  Hash,
  History,
  Info,
  Keyboard,
  Link,
  ListChecks,
  LoaderCircle,
  Merge,
  MoveVertical,
  Pencil,
  Redo2,
  Scissors,
  Search,
  Split,
  Undo2,
  Unlink,
  WandSparkles,
  X,
  type LucideIcon,
} from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'
import NextLink from 'next/link'
import { Tooltip } from 'radix-ui'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { can } from '@/lib/access'
import type { AlignmentView, BeadView } from '@/lib/alignments/get-alignment-view'
import { beadType } from '@/lib/alignments/bead-shape'
import type { BeadPatch } from '@/lib/beads/edit-beads'
import type { Side } from '@/lib/editing/bead-edits'
import { clampCursor, cursorAt, cursorPosition, moveParagraph, sideRange, type Cursor } from '@/lib/editing/cursor'
import type { Highlight } from '@/lib/editing/highlights'
import { commandFor, commandIds, type CommandGroup, type CommandId } from '@/lib/editing/keymap'
import { findBead, findMatches, isTarget, type NavigationTarget } from '@/lib/editing/navigation'
import { unpackBeads, type PackedBead } from '@/lib/editing/pack-beads'
import { textDirection } from '@/lib/text/direction'
import { extendSelection, selectedIndexes, type BeadSelection } from '@/lib/editing/bead-selection'
import { isFiltering, nearestRow, noFilter, stepRows, visibleRows, type ReviewFilter } from '@/lib/editing/review-filter'
import { annotationKind, unresolvedCount } from '@/lib/editing/review-layer'
import type { AnnotationView } from '@/lib/annotations/annotation-view'
import { defaultSeverityWeights } from '@/lib/quality/severities'
import { reviewTransitions, type ReviewTransition } from '@/lib/reviews/review-transitions'
import type { StreamError } from '../../../_components/read-ndjson'
import { useErrorMessage } from '../../../_components/use-error-message'
import { BeadIssuesPanel } from './review/bead-issues-panel'
import { CommentsPanel, OpenThreadsPanel } from './review/comments-panel'
import { ReviewBadges } from './review/review-badges'
import { ReviewBar, type ReviewCounts } from './review/review-bar'
import { selectedSpan, SpanAnnotator, type SpanDraft } from './review/span-annotator'
import { useReviewLayer } from './review/use-review-layer'
import { BeadList, type BeadListHandle } from './bead-list'
import type { BeadHighlights, SideDoc } from './bead-row'
import { ToolButton, ToolGroup, type CommandState } from './editor-toolbar'
import { GoToDialog, MoveParagraphDialog, PairDialog, RealignDialog, SplitBeadDialog, UndoOthersDialog } from './operation-dialogs'
import { OverviewPlot } from './overview-plot'
import { ParagraphEditor, suggestedSplit, type TextDraft } from './paragraph-editor'
import { ShortcutsDialog } from './shortcuts-dialog'
import { SidePanel, type ExtraPanel, type PanelId } from './side-panel'
import { useEditor, type Status } from './use-editor'

export type AlignmentLink = { href: string; label: string }

type DialogState =
  | { kind: 'shortcuts' }
  | { kind: 'goto' }
  | { kind: 'split-bead'; beadId: number }
  | { kind: 'move'; side: Side; position: number }
  | { kind: 'pair'; side: Side; position: number; candidates: number[] }
  | { kind: 'realign' }
  | { kind: 'undo-others'; isRedo: boolean }

type SearchState = { isOpen: boolean; query: string; scope: 'both' | Side; current: number }

/** The toolbar: groups of commands (named like the shortcut groups) and their icons. */
const TOOLBAR: [CommandGroup, [CommandId, LucideIcon][]][] = [
  ['history', [['undo', Undo2], ['redo', Redo2]]],
  ['beads', [['bead.confirm', Check], ['bead.confirmAbove', ListChecks], ['bead.merge', Merge], ['bead.split', Split], ['alignment.realign', WandSparkles]]],
  ['paragraphs', [['paragraph.shiftUp', ArrowUpToLine], ['paragraph.shiftDown', ArrowDownToLine], ['paragraph.detach', Unlink], ['paragraph.pair', Link], ['paragraph.move', MoveVertical]]],
  ['text', [['text.edit', Pencil], ['paragraph.split', Scissors], ['paragraph.join', Combine]]],
  ['navigate', [['goto.paragraph', Hash]]],
]

const EDIT_COMMANDS = new Set<CommandId>([
  'bead.confirm',
  'bead.confirmAndNext',
  'bead.confirmAbove',
  'bead.merge',
  'bead.split',
  'paragraph.shiftUp',
  'paragraph.shiftDown',
  'paragraph.detach',
  'paragraph.pair',
  'paragraph.move',
  'alignment.realign',
  'undo',
  'redo',
])
const TEXT_COMMANDS = new Set<CommandId>(['text.edit', 'paragraph.split', 'paragraph.join'])

const count = (bead: BeadView, side: Side) => (side === 'source' ? bead.srcEnd - bead.srcStart : bead.tgtEnd - bead.tgtStart)
const other = (side: Side): Side => (side === 'source' ? 'target' : 'source')

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  if (!element?.closest) return false
  return Boolean(element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="dialog"]'))
}

/**
 * The alignment editor: one row per bead, original left and translation right, every
 * operation on a key, an overview plot beside the rows and a side panel with tabs.
 *
 * Extension points for other features: `badgesOf` draws into each row's gutter (review
 * status, comment counts); `extraPanels` adds tabs to the side panel (comments, findings);
 * `links` fills the header's slot for other pages of the alignment (export, audit); and
 * ParagraphText takes highlight ranges of any kind (highlightClasses in paragraph-text.tsx).
 */
export function AlignmentScreen({
  view: given,
  packedBeads,
  userId,
  links = [],
  badgesOf,
  extraPanels = [],
  initialBeadId,
}: {
  view: AlignmentView
  /** The beads in their compact form (then `view.beads` is empty): what the page sends. */
  packedBeads?: PackedBead[]
  userId: string
  links?: AlignmentLink[]
  badgesOf?: (bead: BeadView, index: number) => ReactNode
  extraPanels?: ExtraPanel[]
  /** The bead the cursor starts on (`?bead=` in the address). */
  initialBeadId?: number
}) {
  const t = useTranslations('editor')
  const format = useFormatter()
  const [initial] = useState(() => (packedBeads ? { ...given, beads: unpackBeads(packedBeads) } : given))
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const [draft, setDraft] = useState<(TextDraft & { isDiscarding?: boolean; theirs?: string }) | null>(null)
  const held = useRef(false)
  const isHeld = useCallback(() => held.current, [])
  const editor = useEditor(initial, { userId, isHeld })
  const { view, send, say, pendingConfirms } = editor
  const beads = view.beads
  const [rawCursor, setCursor] = useState<Cursor>(() => ({ bead: Math.max(0, initialBeadId ? initial.beads.findIndex((b) => b.id === initialBeadId) : 0), side: 'source', offset: 0 }))
  const cursor = clampCursor(beads, rawCursor)
  const position = cursorPosition(beads, cursor)
  const bead = beads[cursor.bead]
  const [panel, setPanel] = useState<PanelId | null>('details')
  const [search, setSearch] = useState<SearchState>({ isOpen: false, query: '', scope: 'both', current: 0 })
  const [visible, setVisible] = useState<[number, number]>([0, 0])
  const list = useRef<BeadListHandle>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const [isMac, setIsMac] = useState(false)

  const canEdit = can(view.role, 'alignment.edit')
  const canEditText = can(view.role, 'text.edit')

  // ---- review ------------------------------------------------------------------------------
  const tReview = useTranslations('reviewEditor')
  const tStatus = useTranslations('reviewStatus')
  const tMqm = useTranslations('reviewMqm')
  const tAnnotations = useTranslations('reviewAnnotations')
  const tRoles = useTranslations('roles')
  const errorMessage = useErrorMessage()
  const review = useReviewLayer({ view, stamp: editor.reviewStamp, applyReviewStatuses: editor.applyReviewStatuses })
  const { facts } = review.layer
  const may = { status: can(view.role, 'review.status'), annotate: can(view.role, 'review.annotate'), comment: can(view.role, 'review.comment'), dismiss: can(view.role, 'review.dismiss') }
  const [filter, setFilter] = useState<ReviewFilter>(noFilter)
  const isFiltered = isFiltering(filter)
  // Cheap (one pass over the beads), and the React compiler memoises it.
  const rows = visibleRows(beads, facts, filter, cursor.bead)
  const [selection, setSelection] = useState<BeadSelection | null>(null)
  const selected = selectedIndexes(beads, rows, selection)
  const selectedSet = new Set(selected.length > 1 ? selected : [])
  const [spanDraft, setSpanDraft] = useState<SpanDraft | null>(null)
  const [hovered, setHovered] = useState<number | null>(null)
  const newComment = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    held.current = dialog !== null || draft !== null || spanDraft !== null
  }, [dialog, draft, spanDraft])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the platform is only known in the browser
    setIsMac(/Mac|iPhone|iPad/.test(navigator.platform))
    list.current?.focus()
    // `?bead=`: the cursor starts there; bring it into view.
    if (rawCursor.bead > 0) list.current?.scrollToBead(rawCursor.bead)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, [])

  const source: SideDoc & { label: string } = useMemo(
    () => ({ language: view.source.language, dir: textDirection(view.source.language), paragraphs: view.source.paragraphs, label: t('original') }),
    [view.source.language, view.source.paragraphs, t],
  )
  const target: SideDoc & { label: string } = useMemo(
    () => ({ language: view.target.language, dir: textDirection(view.target.language), paragraphs: view.target.paragraphs, label: t('translation') }),
    [view.target.language, view.target.paragraphs, t],
  )
  const docOf = (side: Side) => (side === 'source' ? source : target)

  const isConfirmed = useCallback((b: BeadView) => pendingConfirms.get(b.id) ?? b.isConfirmed, [pendingConfirms])

  const counts = useMemo(() => {
    let confirmed = 0
    let nonOne = 0
    let low = 0
    let manual = 0
    for (const b of beads) {
      if (isConfirmed(b)) confirmed++
      else if (b.origin === 'MANUAL') manual++
      if (beadType(b) !== '1-1') nonOne++
      if (isTarget(b, 'low-confidence')) low++
    }
    return { confirmed, nonOne, low, manual }
  }, [beads, isConfirmed])

  // ---- search -------------------------------------------------------------------------
  const found = useMemo(() => {
    if (!search.isOpen || !search.query.trim()) return { matches: [], isTruncated: false }
    const sides = search.scope === 'both' ? { source: view.source.paragraphs, target: view.target.paragraphs } : { [search.scope]: view[search.scope].paragraphs }
    return findMatches(beads, sides, search.query)
  }, [search.isOpen, search.query, search.scope, beads, view])
  const currentMatch = found.matches.length ? Math.min(search.current, found.matches.length - 1) : -1
  const highlightsByBead = useMemo(() => {
    const byBead = new Map<number, Map<string, Highlight[]>>()
    found.matches.forEach((match, k) => {
      const key = `${match.side}:${match.position}`
      const forBead = byBead.get(match.bead) ?? new Map<string, Highlight[]>()
      forBead.set(key, [...(forBead.get(key) ?? []), { start: match.start, end: match.end, kind: k === currentMatch ? 'current' : 'match' }])
      byBead.set(match.bead, forBead)
    })
    return byBead
  }, [found, currentMatch])
  // Annotations in the text, by severity; their category, severity and note on hover.
  const annotationHighlights = useMemo(() => {
    const byBead = new Map<number, Map<string, Highlight[]>>()
    for (const [key, placed] of review.layer.annotationsAt) {
      for (const annotation of placed) {
        if (!annotation.isDrawable) continue
        const forBead = byBead.get(annotation.bead) ?? new Map<string, Highlight[]>()
        const state = annotation.status === 'OPEN' ? '' : ` · ${tAnnotations(`status.${annotation.status}`)}`
        const label = `${tMqm(`category.${annotation.category}`)} · ${tMqm(`severity.${annotation.severity}`)}${state}${annotation.note ? `: ${annotation.note}` : ''}`
        const ranges: Highlight[] = [{ start: annotation.start, end: annotation.end, kind: annotationKind(annotation), label }]
        if (annotation.id === hovered) ranges.push({ start: annotation.start, end: annotation.end, kind: 'annotation-focus' })
        forBead.set(key, [...(forBead.get(key) ?? []), ...ranges])
        byBead.set(annotation.bead, forBead)
      }
    }
    return byBead
  }, [review.layer.annotationsAt, hovered, tMqm, tAnnotations])
  const highlightsOf = useCallback(
    (index: number): BeadHighlights | undefined => {
      const matches = highlightsByBead.get(index)
      const marks = annotationHighlights.get(index)
      if (!matches || !marks) return matches ?? marks
      const merged = new Map(marks)
      for (const [key, list] of matches) merged.set(key, [...(merged.get(key) ?? []), ...list])
      return merged
    },
    [highlightsByBead, annotationHighlights],
  )

  // ---- cursor movement ------------------------------------------------------------------
  function goTo(next: Cursor) {
    setCursor(next)
    list.current?.scrollToBead(next.bead)
  }
  const goToBead = (index: number) => {
    setSelection(null)
    goTo({ bead: Math.max(0, Math.min(beads.length - 1, index)), side: cursor.side, offset: 0 })
  }
  /** `steps` rows away from the cursor, among the rows a filter shows. */
  const step = (steps: number) => (isFiltered ? (stepRows(rows, cursor.bead, steps) ?? cursor.bead) : cursor.bead + steps)
  function extendTo(index: number) {
    setSelection(extendSelection(beads, selection, cursor.bead, index))
    goTo({ bead: index, side: cursor.side, offset: 0 })
  }

  function changeFilter(next: ReviewFilter) {
    setFilter(next)
    setSelection(null)
    // The cursor moves to the nearest bead still shown.
    const nearest = nearestRow(visibleRows(beads, facts, next), cursor.bead)
    if (nearest !== null && nearest !== cursor.bead) setCursor({ bead: nearest, side: cursor.side, offset: 0 })
    window.setTimeout(() => list.current?.scrollToBead(nearest ?? 0), 0)
  }

  /** The beads a review command acts on: the selection, else the bead under the cursor. */
  const reviewTargets = () => (selected.length > 1 ? selected : bead ? [cursor.bead] : [])

  async function setStatus(transition: ReviewTransition, andNext = false) {
    if (!may.status) return say('info', tReview('errors.cannotStatus'))
    const indexes = reviewTargets()
    if (!indexes.length) return say('info', t('errors.noBead'))
    const targets = indexes.map((index) => beads[index]!)
    try {
      const result = await review.api.setReviewStatus(transition, targets.map((b) => ({ id: b.id, reviewStatus: b.reviewStatus })))
      review.noteStatuses(result.beads)
      say('info', tReview('done.status', { count: indexes.length, first: indexes[0]! + 1, status: tStatus(`status.${reviewTransitions[transition].to}`) }))
      if (andNext) goToBead(step(1))
    } catch (error) {
      say('error', errorMessage(error as StreamError))
      review.refresh()
    }
  }

  function annotate() {
    if (!may.annotate) return say('info', tReview('errors.cannotAnnotate'))
    const span = selectedSpan()
    if (span === 'across') return say('info', tReview('errors.spanAcross'))
    const text = position === null ? '' : view[cursor.side].paragraphs[position]
    const next = span ?? (position !== null && text ? { side: cursor.side, position, start: 0, end: text.length } : null)
    if (!next) return say('info', tReview('errors.noSpan'))
    if (span) {
      const at = cursorAt(beads, span.side, span.position)
      if (at) setCursor(at)
    }
    window.getSelection()?.removeAllRanges()
    setSpanDraft(next)
    setPanel('findings')
  }

  function comment() {
    if (!may.comment) return say('info', tReview('errors.cannotComment'))
    setPanel('comments')
    window.setTimeout(() => newComment.current?.focus(), 60)
  }

  const backToList = useCallback(() => list.current?.focus(), [])

  function showMatch(matches: typeof found.matches, index: number) {
    const match = matches[index]
    if (!match) return
    setSearch((s) => ({ ...s, current: index }))
    goTo({ bead: match.bead, side: match.side, offset: match.position - sideRange(beads[match.bead]!, match.side)[0] })
  }

  /** A new query or scope: the first match at or after the cursor becomes the current one. */
  function changeSearch(next: Partial<SearchState>) {
    const merged = { ...search, ...next }
    setSearch(merged)
    if (next.query === undefined && next.scope === undefined) return
    const sides = merged.scope === 'both' ? { source: view.source.paragraphs, target: view.target.paragraphs } : { [merged.scope]: view[merged.scope].paragraphs }
    const { matches } = findMatches(beads, sides, merged.query)
    const first = matches.findIndex((m) => m.bead >= cursor.bead)
    showMatch(matches, first < 0 ? 0 : first)
  }

  // ---- operations -------------------------------------------------------------------------
  /** After an edit: the cursor on the first bead it changed (or where the edit happened). */
  function follow(patch: BeadPatch | null, fallback?: Cursor) {
    if (!patch) return
    if (fallback) goTo(fallback)
    else if (patch.beads.length) goTo({ bead: patch.from, side: cursor.side, offset: 0 })
  }

  const label = (id: CommandId) => t(`commands.${id}`)
  const requireBead = () => {
    if (!bead) say('info', t('errors.noBead'))
    return bead
  }
  const requireParagraph = () => {
    if (position === null) say('info', t('errors.noParagraph', { side: cursor.side }))
    return position
  }

  async function undoOrRedo(isRedo: boolean, isConfirmedByUser = false) {
    const step = isRedo ? view.redo : view.undo
    if (!step) return say('info', isRedo ? t('errors.nothingToRedo') : t('errors.nothingToUndo'))
    if (step.userId !== userId && !isConfirmedByUser) return setDialog({ kind: 'undo-others', isRedo })
    const patch = await send(isRedo ? 'redo' : 'undo', {}, label(isRedo ? 'redo' : 'undo'))
    if (patch) {
      follow(patch)
      say('info', t(isRedo ? 'done.redo' : 'done.undo', { change: t(`kinds.${step.kind.replace('.', '_')}`) }))
    }
  }

  async function confirmAndNext() {
    if (!requireBead()) return
    if (!isConfirmed(bead!)) void editor.setConfirmed(bead!.id, true, label('bead.confirm'))
    const next = findBead(beads, cursor.bead, 1, (b, index) => index !== cursor.bead && !isConfirmed(b))
    if (!next) {
      say('info', t('allConfirmed', { total: beads.length }))
      return
    }
    if (next.wrapped) say('info', t('wrapped'))
    goTo({ bead: next.index, side: cursor.side, offset: 0 })
  }

  function pairCandidates(side: Side): number[] {
    // The unaligned paragraphs of the other text in the run of one-sided beads around this one.
    const isOneSided = (b: BeadView) => count(b, 'source') === 0 || count(b, 'target') === 0
    let first = cursor.bead
    while (first > 0 && isOneSided(beads[first - 1]!)) first--
    let last = cursor.bead
    while (last < beads.length - 1 && isOneSided(beads[last + 1]!)) last++
    const result: number[] = []
    for (let k = first; k <= last; k++) {
      const [start, end] = sideRange(beads[k]!, other(side))
      for (let p = start; p < end; p++) result.push(p)
    }
    return result
  }

  async function pair(side: Side, at: number, partner: number) {
    const [srcPosition, tgtPosition] = side === 'source' ? [at, partner] : [partner, at]
    const patch = await send('pair-paragraphs', { srcPosition, tgtPosition }, label('paragraph.pair'))
    if (patch) {
      setDialog(null)
      const beadsAfter = editor.viewRef.current.beads
      follow(patch, cursorAt(beadsAfter, side, at) ?? undefined)
      say('info', t('done.pair', { source: srcPosition + 1, target: tgtPosition + 1 }))
    }
  }

  async function simple(operation: Parameters<typeof send>[0], input: Record<string, unknown>, id: CommandId, message: string, after?: () => Cursor | null) {
    const patch = await send(operation, input, label(id))
    if (patch) {
      follow(patch, after?.() ?? undefined)
      say('info', message)
    }
    return patch
  }

  async function saveDraft(force = false) {
    if (!draft) return
    const current = editor.viewRef.current
    const at = current[draft.side].paragraphIds.indexOf(draft.paragraphId)
    if (at < 0) return say('error', t('textEditor.gone'))
    const theirs = current[draft.side].paragraphs[at]!
    if (theirs !== draft.base && !force) {
      setDraft({ ...draft, theirs })
      return say('conflict', t('textEditor.changedMeanwhile'))
    }
    if (draft.mode === 'edit' && draft.text.trim() === theirs) {
      setDraft(null)
      list.current?.focus()
      return
    }
    const patch = await send('edit-paragraph-text', { side: draft.side, position: at, text: draft.text }, label('text.edit'))
    if (patch) {
      setDraft(null)
      list.current?.focus()
      say('info', t('done.edit', { side: draft.side, number: at + 1 }))
      return
    }
    // Refused (the view has caught up if someone else changed the alignment): if it was this
    // very paragraph, show its new wording beside the draft, which stays as typed.
    const fresh = editor.viewRef.current
    const now = fresh[draft.side].paragraphs[fresh[draft.side].paragraphIds.indexOf(draft.paragraphId)]
    if (now !== undefined && now !== draft.base) setDraft({ ...draft, theirs: now })
  }

  async function splitDraft(offset: number) {
    if (!draft) return
    const current = editor.viewRef.current
    const at = current[draft.side].paragraphIds.indexOf(draft.paragraphId)
    if (at < 0) return say('error', t('textEditor.gone'))
    if (current[draft.side].paragraphs[at] !== draft.base) {
      setDraft(null)
      return say('conflict', t('textEditor.changedMeanwhile'))
    }
    const patch = await send('split-paragraph', { side: draft.side, position: at, at: offset }, label('paragraph.split'))
    if (patch) {
      setDraft(null)
      list.current?.focus()
      say('info', t('done.splitParagraph', { side: draft.side, number: at + 1 }))
    }
  }

  /** Opens the paragraph under the cursor for editing its text, or for choosing where to split it. */
  function openDraft(mode: TextDraft['mode']) {
    const at = requireParagraph()
    if (at === null || !canEditText) return
    const text = view[cursor.side].paragraphs[at]!
    if (!text) return say('info', t('loadingTexts'))
    const caret = mode === 'edit' ? text.length : suggestedSplit(text, docOf(cursor.side).language)
    setDraft({ mode, side: cursor.side, paragraphId: view[cursor.side].paragraphIds[at]!, base: text, text, caret })
  }

  function cancelDraft() {
    if (!draft) return
    if (draft.mode === 'edit' && draft.text !== draft.base && !draft.isDiscarding) {
      setDraft({ ...draft, isDiscarding: true })
      return say('info', t('textEditor.discardAsk'))
    }
    setDraft(null)
    list.current?.focus()
  }

  // Never lose typed text: leaving the page with an unsaved edit asks first.
  useEffect(() => {
    if (!draft || draft.text === draft.base) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [draft])

  const editing = canEdit ? null : t('readOnly', { role: tRoles(view.role) })
  const onlyEditors = (isEnabled: boolean) => canEdit && isEnabled

  const hasParagraph = position !== null
  const isUnaligned = bead ? count(bead, 'source') === 0 || count(bead, 'target') === 0 : false

  function hasParagraphOrBead() {
    return position !== null
  }

  function findFinding(direction: 1 | -1) {
    const next = findBead(beads, cursor.bead, direction, (_, index) => (facts[index]?.openFindings ?? 0) > 0 && (!isFiltered || rows.includes(index)))
    if (!next) return say('info', t('errors.noMore.finding'))
    if (next.wrapped) say('info', t(direction === 1 ? 'wrapped' : 'wrappedBack'))
    goToBead(next.index)
  }

  function find(what: NavigationTarget, direction: 1 | -1) {
    const next = findBead(beads, cursor.bead, direction, (b) => isTarget({ ...b, isConfirmed: isConfirmed(b) }, what))
    if (!next) return say('info', t(`errors.noMore.${what}`))
    if (next.wrapped) say('info', t(direction === 1 ? 'wrapped' : 'wrappedBack'))
    goTo({ bead: next.index, side: cursor.side, offset: 0 })
  }
  const canFind = beads.length > 1
  const togglePanel = (id: string) => setPanel((p) => (p === id ? null : id))

  const handlers: Record<CommandId, CommandState> = {
    'bead.next': { isEnabled: cursor.bead < beads.length - 1, run: () => goToBead(step(1)) },
    'bead.previous': { isEnabled: cursor.bead > 0, run: () => goToBead(step(-1)) },
    'bead.pageDown': { isEnabled: true, run: () => goToBead(step(list.current?.pageSize() ?? 10)) },
    'bead.pageUp': { isEnabled: true, run: () => goToBead(step(-(list.current?.pageSize() ?? 10))) },
    'bead.first': { isEnabled: true, run: () => goToBead(isFiltered ? (rows[0] ?? 0) : 0) },
    'bead.last': { isEnabled: true, run: () => goToBead(isFiltered ? (rows.at(-1) ?? 0) : beads.length - 1) },
    'select.down': { isEnabled: cursor.bead < beads.length - 1, run: () => extendTo(step(1)) },
    'select.up': { isEnabled: cursor.bead > 0, run: () => extendTo(step(-1)) },
    'select.all': { isEnabled: rows.length > 0, run: () => rows.length && setSelection({ anchorId: beads[rows[0]!]!.id, focusId: beads[rows.at(-1)!]!.id }) },
    'select.clear': { isEnabled: selection !== null, run: () => setSelection(null) },
    'find.finding.next': { isEnabled: canFind, run: () => findFinding(1) },
    'find.finding.previous': { isEnabled: canFind, run: () => findFinding(-1) },
    'review.approve': { isEnabled: may.status && Boolean(bead), run: () => void setStatus('approve') },
    'review.approveAndNext': { isEnabled: may.status && Boolean(bead), run: () => void setStatus('approve', true) },
    'review.requestChanges': { isEnabled: may.status && Boolean(bead), run: () => void setStatus('requestChanges') },
    'review.reject': { isEnabled: may.status && Boolean(bead), run: () => void setStatus('reject') },
    'review.reopen': { isEnabled: may.status && Boolean(bead), run: () => void setStatus('reopen') },
    'review.annotate': { isEnabled: may.annotate && hasParagraphOrBead(), run: annotate },
    'review.comment': { isEnabled: may.comment && Boolean(bead), run: comment },
    'panel.findings': { isEnabled: true, run: () => togglePanel('findings') },
    'panel.comments': { isEnabled: true, run: () => togglePanel('comments') },
    'panel.threads': { isEnabled: true, run: () => togglePanel('threads') },
    'side.source': { isEnabled: true, run: () => goTo({ ...cursor, side: 'source', offset: 0 }) },
    'side.target': { isEnabled: true, run: () => goTo({ ...cursor, side: 'target', offset: 0 }) },
    'paragraph.next': { isEnabled: true, run: () => goTo(moveParagraph(beads, cursor, 1)) },
    'paragraph.previous': { isEnabled: true, run: () => goTo(moveParagraph(beads, cursor, -1)) },
    'goto.paragraph': { isEnabled: true, run: () => setDialog({ kind: 'goto' }) },
    'find.lowConfidence.next': { isEnabled: canFind, run: () => find('low-confidence', 1) },
    'find.lowConfidence.previous': { isEnabled: canFind, run: () => find('low-confidence', -1) },
    'find.nonOneToOne.next': { isEnabled: canFind, run: () => find('non-one-to-one', 1) },
    'find.nonOneToOne.previous': { isEnabled: canFind, run: () => find('non-one-to-one', -1) },
    'find.unconfirmed.next': { isEnabled: canFind, run: () => find('unconfirmed', 1) },
    'find.unconfirmed.previous': { isEnabled: canFind, run: () => find('unconfirmed', -1) },
    'search.open': {
      isEnabled: true,
      run: () => {
        setSearch((s) => ({ ...s, isOpen: true }))
        window.setTimeout(() => searchInput.current?.select(), 0)
      },
    },
    'search.next': { isEnabled: found.matches.length > 0, run: () => showMatch(found.matches, (currentMatch + 1) % found.matches.length) },
    'search.previous': { isEnabled: found.matches.length > 0, run: () => showMatch(found.matches, (currentMatch - 1 + found.matches.length) % found.matches.length) },
    'bead.confirm': {
      isEnabled: onlyEditors(Boolean(bead)),
      run: () => {
        if (!requireBead()) return
        const next = !isConfirmed(bead!)
        void editor.setConfirmed(bead!.id, next, label('bead.confirm'))
        say('info', t(next ? 'done.confirm' : 'done.unconfirm', { number: cursor.bead + 1 }))
      },
    },
    'bead.confirmAndNext': { isEnabled: onlyEditors(Boolean(bead)), run: () => void confirmAndNext() },
    'bead.confirmAbove': {
      isEnabled: onlyEditors(cursor.bead > 0),
      run: async () => {
        if (cursor.bead === 0) return say('info', t('errors.nothingAbove'))
        const patch = await send('confirm-beads', { beadId: bead!.id, scope: 'above', isConfirmed: true }, label('bead.confirmAbove'), { canQueue: true })
        if (patch) say('info', t('done.confirmAbove', { count: cursor.bead }))
      },
    },
    'bead.merge': {
      isEnabled: onlyEditors(cursor.bead < beads.length - 1),
      run: () => {
        if (!requireBead()) return
        if (cursor.bead === beads.length - 1) return say('info', t('errors.lastBead'))
        void simple('merge-beads', { beadId: bead!.id }, 'bead.merge', t('done.merge', { first: cursor.bead + 1, second: cursor.bead + 2 }))
      },
    },
    'bead.split': {
      isEnabled: onlyEditors(bead ? count(bead, 'source') + count(bead, 'target') > 1 : false),
      run: () => {
        if (!requireBead()) return
        if (count(bead!, 'source') + count(bead!, 'target') < 2) return say('info', t('errors.cannotSplit'))
        setDialog({ kind: 'split-bead', beadId: bead!.id })
      },
    },
    'paragraph.shiftUp': {
      isEnabled: onlyEditors(cursor.bead > 0 && hasParagraph),
      run: () => {
        if (!requireBead() || requireParagraph() === null) return
        if (cursor.bead === 0) return say('info', t('errors.firstBead'))
        void simple('shift-paragraph', { beadId: bead!.id, side: cursor.side, edge: 'first' }, 'paragraph.shiftUp', t('done.shiftUp', { side: cursor.side }), () => ({ ...cursor, offset: 0 }))
      },
    },
    'paragraph.shiftDown': {
      isEnabled: onlyEditors(cursor.bead < beads.length - 1 && hasParagraph),
      run: () => {
        if (!requireBead() || requireParagraph() === null) return
        if (cursor.bead === beads.length - 1) return say('info', t('errors.lastBead'))
        void simple('shift-paragraph', { beadId: bead!.id, side: cursor.side, edge: 'last' }, 'paragraph.shiftDown', t('done.shiftDown', { side: cursor.side }), () => ({ ...cursor, offset: 0 }))
      },
    },
    'paragraph.detach': {
      isEnabled: onlyEditors(hasParagraph && !isUnaligned),
      run: () => {
        const at = requireParagraph()
        if (at === null) return
        if (isUnaligned) return say('info', t('errors.alreadyUnaligned'))
        void simple('detach-paragraph', { side: cursor.side, position: at }, 'paragraph.detach', t('done.detach', { side: cursor.side, number: at + 1 }), () =>
          cursorAt(editor.viewRef.current.beads, cursor.side, at),
        )
      },
    },
    'paragraph.pair': {
      isEnabled: onlyEditors(hasParagraph && isUnaligned),
      run: () => {
        const at = requireParagraph()
        if (at === null) return
        if (!isUnaligned) return say('info', t('errors.notUnaligned'))
        const candidates = pairCandidates(cursor.side)
        if (candidates.length === 0) return say('info', t('errors.noPartner'))
        if (candidates.length === 1) return void pair(cursor.side, at, candidates[0]!)
        setDialog({ kind: 'pair', side: cursor.side, position: at, candidates })
      },
    },
    'paragraph.move': {
      isEnabled: onlyEditors(hasParagraph),
      run: () => {
        const at = requireParagraph()
        if (at !== null) setDialog({ kind: 'move', side: cursor.side, position: at })
      },
    },
    'alignment.realign': { isEnabled: onlyEditors(beads.length > 0), run: () => setDialog({ kind: 'realign' }) },
    'text.edit': { isEnabled: canEditText && hasParagraph, run: () => openDraft('edit') },
    'paragraph.split': { isEnabled: canEditText && hasParagraph, run: () => openDraft('split') },
    'paragraph.join': {
      isEnabled: canEditText && position !== null && position < view[cursor.side].paragraphs.length - 1,
      run: () => {
        const at = requireParagraph()
        if (at === null || !canEditText) return
        if (at >= view[cursor.side].paragraphs.length - 1) return say('info', t('errors.lastParagraph'))
        void simple('join-paragraphs', { side: cursor.side, position: at }, 'paragraph.join', t('done.join', { side: cursor.side, first: at + 1, second: at + 2 }), () =>
          cursorAt(editor.viewRef.current.beads, cursor.side, at),
        )
      },
    },
    undo: { isEnabled: onlyEditors(Boolean(view.undo)), run: () => void undoOrRedo(false) },
    redo: { isEnabled: onlyEditors(Boolean(view.redo)), run: () => void undoOrRedo(true) },
    'panel.details': { isEnabled: true, run: () => setPanel((p) => (p === 'details' ? null : 'details')) },
    'panel.history': { isEnabled: true, run: () => setPanel((p) => (p === 'history' ? null : 'history')) },
    'help.shortcuts': { isEnabled: true, run: () => setDialog({ kind: 'shortcuts' }) },
  }

  // Operations change the alignment: for roles that may not, they only say so.
  for (const id of commandIds) {
    const needs = EDIT_COMMANDS.has(id) ? canEdit : TEXT_COMMANDS.has(id) ? canEditText : true
    if (!needs) handlers[id] = { isEnabled: false, run: () => say('info', t('readOnly', { role: tRoles(view.role) })) }
  }

  // The key handler and the memoised children's callbacks read the current commands from here.
  const latest = useRef({ handlers, goToBead, beads, cursorBead: cursor.bead })
  useEffect(() => {
    latest.current = { handlers, goToBead, beads, cursorBead: cursor.bead }
  })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return
      const id = commandFor(event)
      if (!id) return
      // Space and Enter on a focused button or tab belong to that control.
      if ((event.key === ' ' || event.key === 'Enter') && !event.ctrlKey && (event.target as HTMLElement).closest?.('button, a, [role="tab"]')) return
      event.preventDefault()
      // Every command runs, enabled or not: when it cannot act, it says why in the status line.
      latest.current.handlers[id].run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const onPick = useCallback(
    (index: number, side: Side, offset: number, isDouble: boolean, isShift: boolean) => {
      if (isShift) {
        setSelection((current) => extendSelection(latest.current.beads, current, latest.current.cursorBead, index))
        // Shift+click selects beads, not text.
        window.getSelection()?.removeAllRanges()
      } else setSelection(null)
      setCursor({ bead: index, side, offset })
      list.current?.focus()
      if (isDouble) window.setTimeout(() => latest.current.handlers['text.edit'].run(), 0)
    },
    [setSelection],
  )

  const onVisibleChange = useCallback((first: number, last: number) => setVisible((v) => (v[0] === first && v[1] === last ? v : [first, last])), [setVisible])

  // Stable for the memoised overview: reads the current handlers when called.
  const onJump = useCallback((index: number) => {
    latest.current.goToBead(index)
    list.current?.focus()
  }, [])

  const closeDialog = useCallback(() => {
    setDialog(null)
    window.setTimeout(() => list.current?.focus(), 0)
  }, [])

  // ---- rendering ------------------------------------------------------------------------
  const editorNode =
    draft && bead
      ? (() => {
          const at = view[draft.side].paragraphIds.indexOf(draft.paragraphId)
          const [start, end] = sideRange(bead, draft.side)
          const beadIndex = at >= start && at < end ? cursor.bead : beads.findIndex((b) => sideRange(b, draft.side)[0] <= at && at < sideRange(b, draft.side)[1])
          if (at < 0 || beadIndex < 0) return null
          const doc = docOf(draft.side)
          return {
            bead: beadIndex,
            side: draft.side,
            position: at,
            node: (
              <div className="min-w-0 flex-1">
                {draft.theirs !== undefined && (
                  <div role="alert" className="mb-1 rounded border border-warn/40 bg-[#fff8c5] px-2 py-1.5 text-xs">
                    <p className="font-medium">{t('textEditor.theirs')}</p>
                    <p className="paragraph-text !text-[13px]" lang={doc.language} dir={doc.dir}>
                      {draft.theirs}
                    </p>
                    <div className="mt-1 flex gap-2">
                      <button type="button" className="rounded border border-line bg-white px-2 py-0.5" onClick={() => void saveDraft(true)}>
                        {t('textEditor.keepMine')}
                      </button>
                      <button type="button" className="rounded border border-line bg-white px-2 py-0.5" onClick={() => setDraft({ ...draft, base: draft.theirs!, text: draft.theirs!, theirs: undefined })}>
                        {t('textEditor.takeTheirs')}
                      </button>
                    </div>
                  </div>
                )}
                <ParagraphEditor
                  draft={draft}
                  lang={doc.language}
                  dir={doc.dir}
                  isSaving={editor.busyLabel !== null}
                  onChange={(text) => setDraft({ ...draft, text, isDiscarding: false })}
                  onSave={() => void saveDraft()}
                  onSplit={(offset) => void splitDraft(offset)}
                  onCancel={cancelDraft}
                />
              </div>
            ),
          }
        })()
      : null

  const change = (step: typeof view.undo) => step && t(`kinds.${step.kind.replace('.', '_')}`)
  const toolLabels: Partial<Record<CommandId, string>> = {
    undo: view.undo ? t('undoWhat', { change: change(view.undo)! }) : undefined,
    redo: view.redo ? t('redoWhat', { change: change(view.redo)! }) : undefined,
    'bead.confirm': bead && isConfirmed(bead) ? t('unconfirm') : undefined,
  }
  // Both texts often carry the same credit (a translated book): say it once.
  const credits = [view.source, view.target].filter((doc, k, docs) => (doc.attribution || doc.licence) && (k === 0 || doc.attribution !== docs[0]!.attribution || doc.licence !== docs[0]!.licence))
  const percent = beads.length ? counts.confirmed / beads.length : 0
  const dialogBead = dialog?.kind === 'split-bead' ? beads.findIndex((b) => b.id === dialog.beadId) : -1

  // ---- review: rows, counts, panels -----------------------------------------------------------
  const reviewBadges = (b: BeadView, index: number) => (
    <>
      <ReviewBadges status={b.reviewStatus} facts={facts[index] ?? null} />
      {badgesOf?.(b, index)}
    </>
  )
  const reviewCounts = useMemo(() => {
    const result: ReviewCounts & { reviewed: number } = { statuses: {}, findingBeads: {}, findingBeadsTotal: 0, reviewed: 0 }
    beads.forEach((b, index) => {
      result.statuses[b.reviewStatus] = (result.statuses[b.reviewStatus] ?? 0) + 1
      if (b.reviewStatus !== 'UNREVIEWED') result.reviewed++
      const entry = facts[index]
      if (!entry || entry.openFindings === 0) return
      result.findingBeadsTotal++
      for (const check of entry.checks) result.findingBeads[check] = (result.findingBeads[check] ?? 0) + 1
    })
    return result
  }, [beads, facts])
  const beadAnnotations: AnnotationView[] = []
  if (bead) {
    for (const [side, [start, end]] of [['source', sideRange(bead, 'source')], ['target', sideRange(bead, 'target')]] as const) {
      for (let p = start; p < end; p++) beadAnnotations.push(...(review.layer.annotationsAt.get(`${side}:${p}`) ?? []))
    }
  }
  const beadFacts = facts[cursor.bead] ?? null
  const refreshKey = `${view.version}:${editor.reviewStamp ?? 0}`
  const reviewPanels: ExtraPanel[] = [
    {
      id: 'findings',
      label: tReview('tabs.findings'),
      count: (beadFacts?.openFindings ?? 0) + unresolvedCount(beadFacts),
      countLabel: tReview('tabs.findingsCount', { count: (beadFacts?.openFindings ?? 0) + unresolvedCount(beadFacts) }),
      content:
        spanDraft && view[spanDraft.side].paragraphs[spanDraft.position] ? (
          <SpanAnnotator
            key={`${spanDraft.side}:${spanDraft.position}:${spanDraft.start}:${spanDraft.end}`}
            alignmentId={view.id}
            draft={spanDraft}
            text={view[spanDraft.side].paragraphs[spanDraft.position]!}
            lang={docOf(spanDraft.side).language}
            dir={docOf(spanDraft.side).dir}
            weights={review.marks?.weights ?? defaultSeverityWeights}
            onClose={() => {
              setSpanDraft(null)
              backToList()
            }}
            onCreated={(annotation) => {
              // Only this draft closes: another may have been opened while the request ran.
              const made = spanDraft
              setSpanDraft((current) => (current === made ? null : current))
              review.refresh()
              say('info', tReview('done.annotated', { category: tMqm(`category.${annotation.category}`), severity: tMqm(`severity.${annotation.severity}`) }))
              backToList()
            }}
          />
        ) : bead ? (
          <BeadIssuesPanel
            api={review.api}
            beadNumber={cursor.bead + 1}
            bead={{ srcStart: bead.srcStart, tgtStart: bead.tgtStart, source: view.source.paragraphs.slice(bead.srcStart, bead.srcEnd), target: view.target.paragraphs.slice(bead.tgtStart, bead.tgtEnd) }}
            languages={{ source: view.source.language, target: view.target.language }}
            annotations={beadAnnotations}
            findings={review.findings ? (review.findingsByBead.get(bead.id) ?? []) : null}
            findingsProgress={review.progress}
            currentUserId={userId}
            canAnnotate={may.annotate}
            canDismiss={may.dismiss}
            weights={review.marks?.weights ?? defaultSeverityWeights}
            onAnnotationsChanged={review.refresh}
            onDismissals={review.noteDismissals}
            onHover={setHovered}
          />
        ) : null,
    },
    {
      id: 'comments',
      label: tReview('tabs.comments'),
      count: beadFacts?.openThreads ?? 0,
      countLabel: tReview('badges.threads', { count: beadFacts?.openThreads ?? 0 }),
      content: bead ? (
        <CommentsPanel
          api={review.api}
          beadId={bead.id}
          beadNumber={cursor.bead + 1}
          anchor={position === null ? null : { side: cursor.side, position }}
          refreshKey={refreshKey}
          currentUserId={userId}
          canComment={may.comment}
          isActive={panel === 'comments'}
          newComment={newComment}
          onChanged={review.refresh}
          onEscape={backToList}
        />
      ) : null,
    },
    {
      id: 'threads',
      label: tReview('tabs.threads'),
      count: review.layer.openThreadBeads.length,
      countLabel: tReview('badges.threads', { count: review.layer.openThreadBeads.length }),
      content: (
        <OpenThreadsPanel
          api={review.api}
          refreshKey={refreshKey}
          isActive={panel === 'threads'}
          onJump={(beadId) => {
            const index = beads.findIndex((b) => b.id === beadId)
            if (index < 0) return review.refresh()
            if (!rows.includes(index)) setFilter(noFilter)
            goToBead(index)
            setPanel('comments')
            backToList()
          }}
        />
      ),
    },
    ...extraPanels,
  ]

  return (
    <Tooltip.Provider delayDuration={400} skipDelayDuration={200}>
      <main className="flex h-[calc(100vh-2.75rem)] flex-col" data-testid="alignment-editor" data-version={view.version}>
        <header className="border-b border-line px-4 pb-1.5 pt-2">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <h1 id="alignment-title" className="min-w-0 truncate text-[17px] font-semibold" title={view.title}>
              {view.title}
            </h1>
            <span className="truncate text-muted">{view.projectName}</span>
            <span className="rounded bg-panel px-1.5 font-mono text-xs text-muted">
              {view.source.language} → {view.target.language}
            </span>
            {/* Other pages of this alignment: the review summary, export, the audit log. */}
            <nav aria-label={t('alignmentPages')} className="flex items-center gap-3 text-sm" data-slot="alignment-links">
              {links.map((link) => (
                <NextLink key={link.href} href={link.href} className="text-accent hover:underline">
                  {link.label}
                </NextLink>
              ))}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-[13px]">
              <span className="flex items-center gap-2" title={format.number(percent, { style: 'percent' })}>
                <span className="tabular-nums" data-testid="confirmed-count">
                  {t('confirmedCount', { confirmed: counts.confirmed, total: beads.length })}
                </span>
                <span className="h-1.5 w-24 overflow-hidden rounded-full bg-[#eaeef2]" role="progressbar" aria-label={t('confirmedProgress')} aria-valuemin={0} aria-valuemax={beads.length} aria-valuenow={counts.confirmed}>
                  <span className="block h-full rounded-full bg-good transition-[width]" style={{ width: `${percent * 100}%` }} />
                </span>
              </span>
              {(
                [
                  ['count-non-one', t('counts.nonOne', { count: counts.nonOne }), 'nonOneToOne'],
                  ['count-low', t('counts.low', { count: counts.low }), 'lowConfidence'],
                  ['count-unconfirmed', t('counts.unconfirmed', { count: beads.length - counts.confirmed }), 'unconfirmed'],
                ] as const
              ).map(([testId, text, what]) => (
                <FinderChip key={testId} label={text} previous={handlers[`find.${what}.previous`]} next={handlers[`find.${what}.next`]} testId={testId} />
              ))}
              <FinderChip label={tReview('badges.findings', { count: reviewCounts.findingBeadsTotal })} previous={handlers['find.finding.previous']} next={handlers['find.finding.next']} testId="count-findings" />
              <span className="tabular-nums text-muted" data-testid="reviewed-count">
                {tReview('reviewedCount', { reviewed: reviewCounts.reviewed, total: beads.length })}
              </span>
              {review.score && review.score.score !== null && (
                <span className="rounded bg-panel px-1.5 tabular-nums text-ink" data-testid="quality-score" title={tReview('scoreTitle', { penalty: format.number(review.score.penaltyPerThousandWords) })}>
                  {tReview('score', { score: format.number(review.score.score) })}
                </span>
              )}
            </div>
          </div>
          {credits.map((doc) => (
            <p key={doc.id} className="mt-0.5 truncate text-xs text-muted" data-testid="attribution" title={`${doc.attribution ?? ''} ${doc.licence ?? ''}`}>
              {doc.attribution} {doc.licence && <>· {t('licence', { licence: doc.licence })}</>}
            </p>
          ))}
        </header>

        <div role="toolbar" aria-label={t('toolbar')} aria-controls="bead-grid" className="flex flex-wrap items-center gap-1.5 border-b border-line bg-panel px-3 py-1" data-testid="toolbar">
          {TOOLBAR.map(([group, tools]) => (
            <ToolGroup key={group} label={t(`shortcuts.groups.${group}`)}>
              {tools.map(([id, icon]) => (
                <ToolButton key={id} id={id} icon={icon} state={handlers[id]} isMac={isMac} label={toolLabels[id]} showLabel={id === 'bead.confirm'} />
              ))}
            </ToolGroup>
          ))}
          <SearchBar
            search={search}
            onChange={changeSearch}
            input={searchInput}
            found={found.matches.length}
            isTruncated={found.isTruncated}
            isLoading={editor.isLoadingTexts}
            current={currentMatch}
            onNext={handlers['search.next'].run}
            onPrevious={handlers['search.previous'].run}
            onOpen={handlers['search.open'].run}
            onClose={() => {
              setSearch((s) => ({ ...s, isOpen: false }))
              list.current?.focus()
            }}
          />
          <div className="ml-auto flex items-center gap-0.5">
            {editing && (
              <span className="mr-2 rounded bg-[#fff8c5] px-2 py-0.5 text-xs text-[#7d4e00]" data-testid="read-only">
                {editing}
              </span>
            )}
            <ToolButton id="panel.details" icon={Info} state={handlers['panel.details']} isMac={isMac} className={clsx(panel === 'details' && 'bg-[#dde4ec]')} />
            <ToolButton id="panel.history" icon={History} state={handlers['panel.history']} isMac={isMac} className={clsx(panel === 'history' && 'bg-[#dde4ec]')} />
            <ToolButton id="help.shortcuts" icon={Keyboard} state={handlers['help.shortcuts']} isMac={isMac} />
          </div>
        </div>

        <ReviewBar
          filter={filter}
          onFilter={changeFilter}
          shown={rows.length}
          total={beads.length}
          counts={reviewCounts}
          selected={selected.length}
          handlers={handlers}
          isMac={isMac}
          onMenuClosed={backToList}
          findingsLoading={review.findings === null}
        />

        {editor.status && editor.status.tone !== 'info' && <AlertBanner status={editor.status} onDismiss={editor.clearStatus} />}

        <div className="flex min-h-0 flex-1" id="bead-grid">
          <BeadList
            ref={list}
            beads={beads}
            source={source}
            target={target}
            cursor={{ bead: cursor.bead, side: cursor.side, position }}
            pendingConfirms={pendingConfirms}
            highlightsOf={highlightsOf}
            editor={editorNode}
            badgesOf={reviewBadges}
            rows={isFiltered ? rows : undefined}
            selected={selectedSet}
            empty={isFiltered && rows.length === 0 ? <p className="px-4 py-6 text-sm text-muted" data-testid="filter-empty">{tReview('filter.noneShown')}</p> : null}
            onPick={onPick}
            onVisibleChange={onVisibleChange}
            labelledBy="alignment-title"
          />
          <OverviewPlot beads={beads} sourceCount={view.source.paragraphs.length} targetCount={view.target.paragraphs.length} isConfirmed={isConfirmed} cursor={cursor.bead} visible={visible} onJump={onJump} />
          {panel && (
            <SidePanel
              tab={panel}
              onTab={setPanel}
              onClose={() => setPanel(null)}
              alignmentId={view.id}
              version={view.version}
              bead={bead}
              beadNumber={cursor.bead + 1}
              isConfirmed={bead ? isConfirmed(bead) : false}
              paragraph={position === null ? null : { side: cursor.side, position, language: docOf(cursor.side).language, dir: docOf(cursor.side).dir }}
              extraPanels={reviewPanels}
            />
          )}
        </div>

        <footer className="flex h-7 items-center gap-3 border-t border-line bg-panel px-3 text-xs text-muted">
          <span className="tabular-nums">
            {t('position', { bead: cursor.bead + 1, total: beads.length, side: cursor.side, paragraph: position === null ? '–' : position + 1 })}
          </span>
          <StatusLine status={editor.status} onDismiss={editor.clearStatus} />
          <span className="ml-auto flex items-center gap-1" aria-live="polite" data-testid="save-state">
            {editor.isLoadingTexts && !editor.busyLabel ? (
              <>
                <LoaderCircle size={12} className="animate-spin" aria-hidden /> {t('loadingTexts')}
              </>
            ) : editor.busyLabel ? (
              <>
                <LoaderCircle size={12} className="animate-spin" aria-hidden /> {t('saving', { what: editor.busyLabel })}
              </>
            ) : (
              t('saved', { version: view.version })
            )}
          </span>
          <button type="button" className="rounded px-1 hover:bg-[#eaeef2] hover:text-ink" onClick={handlers['help.shortcuts'].run}>
            {t('shortcutsHint')}
          </button>
        </footer>

        {dialog?.kind === 'shortcuts' && <ShortcutsDialog isMac={isMac} onClose={closeDialog} />}
        {dialog?.kind === 'goto' && (
          <GoToDialog
            side={cursor.side}
            counts={{ source: view.source.paragraphs.length, target: view.target.paragraphs.length }}
            onGo={(side, at) => {
              closeDialog()
              const next = cursorAt(beads, side, at)
              if (next) goTo(next)
            }}
            onClose={closeDialog}
          />
        )}
        {dialog?.kind === 'split-bead' && dialogBead >= 0 && (
          <SplitBeadDialog
            bead={beads[dialogBead]!}
            number={dialogBead + 1}
            source={source}
            target={target}
            onClose={closeDialog}
            onSplit={async (at) => {
              const patch = await send('split-bead', { beadId: dialog.beadId, ...at }, label('bead.split'))
              if (patch) {
                closeDialog()
                follow(patch)
                say('info', t('done.split', { number: dialogBead + 1 }))
              }
            }}
          />
        )}
        {dialog?.kind === 'move' && (
          <MoveParagraphDialog
            beads={beads}
            side={dialog.side}
            position={dialog.position}
            text={view[dialog.side].paragraphs[dialog.position] ?? ''}
            onClose={closeDialog}
            onMove={async (targetBead) => {
              const patch = await send('move-paragraph', { side: dialog.side, position: dialog.position, targetBead }, label('paragraph.move'))
              if (patch) {
                closeDialog()
                follow(patch, cursorAt(editor.viewRef.current.beads, dialog.side, dialog.position) ?? undefined)
                say('info', t('done.move', { side: dialog.side, number: dialog.position + 1, bead: targetBead + 1 }))
              }
            }}
          />
        )}
        {dialog?.kind === 'pair' && (
          <PairDialog side={dialog.side} position={dialog.position} candidates={dialog.candidates} doc={docOf(other(dialog.side))} onClose={closeDialog} onPair={(partner) => void pair(dialog.side, dialog.position, partner)} />
        )}
        {dialog?.kind === 'realign' && (
          <RealignDialog
            unconfirmed={beads.length - counts.confirmed}
            manual={counts.manual}
            progress={editor.realignProgress}
            onClose={() => !editor.realignProgress && closeDialog()}
            onRealign={async (keepManual) => {
              const patch = await editor.realign(keepManual)
              if (patch) {
                closeDialog()
                say('info', t('done.realign', { count: patch.beads.length }))
              }
            }}
          />
        )}
        {dialog?.kind === 'undo-others' && (dialog.isRedo ? view.redo : view.undo) && (
          <UndoOthersDialog
            step={(dialog.isRedo ? view.redo : view.undo)!}
            isRedo={dialog.isRedo}
            onClose={closeDialog}
            onConfirm={() => {
              closeDialog()
              void undoOrRedo(dialog.isRedo, true)
            }}
          />
        )}
      </main>
    </Tooltip.Provider>
  )
}

function FinderChip({ label, previous, next, testId }: { label: string; previous: CommandState; next: CommandState; testId: string }) {
  const t = useTranslations('editor')
  return (
    <span className="inline-flex items-center rounded border border-line bg-white text-muted" data-testid={testId}>
      <button type="button" className="px-1 py-0.5 hover:text-ink" aria-label={t('previousOf', { what: label })} onMouseDown={(e) => e.preventDefault()} onClick={previous.run}>
        <ChevronUp size={13} aria-hidden />
      </button>
      <span className="px-0.5 tabular-nums">{label}</span>
      <button type="button" className="px-1 py-0.5 hover:text-ink" aria-label={t('nextOf', { what: label })} onMouseDown={(e) => e.preventDefault()} onClick={next.run}>
        <ChevronDown size={13} aria-hidden />
      </button>
    </span>
  )
}

function SearchBar({
  search,
  onChange,
  input,
  found,
  isTruncated,
  isLoading,
  current,
  onNext,
  onPrevious,
  onOpen,
  onClose,
}: {
  search: SearchState
  onChange: (next: Partial<SearchState>) => void
  input: React.RefObject<HTMLInputElement | null>
  found: number
  isTruncated: boolean
  isLoading: boolean
  current: number
  onNext: () => void
  onPrevious: () => void
  onOpen: () => void
  onClose: () => void
}) {
  const t = useTranslations('editor.search')
  const format = useFormatter()
  return (
    <div role="search" className="flex items-center gap-1" data-testid="search">
      <label className="relative flex items-center">
        <Search size={13} className="pointer-events-none absolute left-1.5 text-muted" aria-hidden />
        <span className="sr-only">{t('label')}</span>
        <input
          ref={input}
          type="search"
          value={search.query}
          placeholder={t('placeholder')}
          onFocus={() => !search.isOpen && onOpen()}
          onChange={(event) => onChange({ query: event.target.value, isOpen: true })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === 'F3') {
              event.preventDefault()
              if (event.shiftKey) onPrevious()
              else onNext()
            } else if (event.key === 'Escape') {
              event.preventDefault()
              onClose()
            } else if (event.key === 'f' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault()
              event.currentTarget.select()
            }
          }}
          className="h-7 w-52 rounded border border-line bg-white pl-6 pr-1.5 text-[13px] focus:border-accent focus:outline-none"
        />
      </label>
      {search.isOpen && (
        <>
          <select
            aria-label={t('scope')}
            value={search.scope}
            onChange={(event) => onChange({ scope: event.target.value as SearchState['scope'] })}
            className="h-7 rounded border border-line bg-white px-1 text-xs"
          >
            <option value="both">{t('both')}</option>
            <option value="source">{t('source')}</option>
            <option value="target">{t('target')}</option>
          </select>
          <span className="min-w-16 text-xs tabular-nums text-muted" aria-live="polite" data-testid="search-count">
            {isLoading ? t('loading') : search.query.trim() ? (found ? t('count', { current: current + 1, total: isTruncated ? `${format.number(found)}+` : format.number(found) }) : t('none')) : ''}
          </span>
          <button type="button" className="rounded p-1 text-muted hover:bg-[#eaeef2] disabled:opacity-40" aria-label={t('previous')} disabled={!found} onClick={onPrevious}>
            <ChevronUp size={14} aria-hidden />
          </button>
          <button type="button" className="rounded p-1 text-muted hover:bg-[#eaeef2] disabled:opacity-40" aria-label={t('next')} disabled={!found} onClick={onNext}>
            <ChevronDown size={14} aria-hidden />
          </button>
          <button type="button" className="rounded p-1 text-muted hover:bg-[#eaeef2]" aria-label={t('close')} onClick={onClose}>
            <X size={14} aria-hidden />
          </button>
        </>
      )}
    </div>
  )
}

/** Conflicts and errors: above the list, until dismissed or replaced. */
function AlertBanner({ status, onDismiss }: { status: Status; onDismiss: () => void }) {
  const t = useTranslations('editor')
  return (
    <div
      role="alert"
      className={clsx(
        'flex items-start gap-2 border-b px-4 py-2 text-sm',
        status.tone === 'conflict' ? 'border-[#d4a72c]/40 bg-[#fff8c5] text-[#4d3800]' : 'border-bad/30 bg-[#ffebe9] text-[#82071e]',
      )}
    >
      <CircleAlert size={16} className="mt-0.5 shrink-0" aria-hidden />
      <p className="flex-1" data-testid="status-alert">
        {status.text}
      </p>
      <button type="button" className="rounded p-0.5 hover:bg-black/5" onClick={onDismiss} aria-label={t('dismiss')}>
        <X size={14} aria-hidden />
      </button>
    </div>
  )
}

/** What the last command did, for a few seconds (and for screen readers, politely). */
function StatusLine({ status, onDismiss }: { status: Status | null; onDismiss: () => void }) {
  const info = status?.tone === 'info' ? status : null
  useEffect(() => {
    if (!info) return
    const timer = window.setTimeout(onDismiss, 6_000)
    return () => window.clearTimeout(timer)
  }, [info, onDismiss])
  return (
    <span className="min-w-0 truncate text-ink" role="status" aria-live="polite" data-testid="status" title={info?.text}>
      {info?.text}
    </span>
  )
}
