'use client'
import clsx from 'clsx'
import { useFormatter, useNow, useTranslations } from 'next-intl'
import { useId, useMemo, useState } from 'react'
import type { BeadView } from '@/lib/alignments/get-alignment-view'
import type { UndoStep } from '@/lib/beads/edit-beads'
import { moveParagraph as planMove, type Side } from '@/lib/editing/bead-edits'
import { ProgressBar } from '../../../_components/progress-bar'
import { EditorDialog } from './editor-dialog'
import type { SideDoc } from './bead-row'

const snippet = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text)

/** Split a bead: on each side, choose how many of its paragraphs stay in the first part. */
export function SplitBeadDialog({
  bead,
  number,
  source,
  target,
  onSplit,
  onClose,
}: {
  bead: BeadView
  number: number
  source: SideDoc
  target: SideDoc
  onSplit: (at: { srcAt: number; tgtAt: number }) => void
  onClose: () => void
}) {
  const t = useTranslations('editor.splitBead')
  const ns = bead.srcEnd - bead.srcStart
  const nt = bead.tgtEnd - bead.tgtStart
  // The likeliest intent: the first paragraph of each side with more than one stays on top.
  const [keepSource, setKeepSource] = useState(ns > 1 || nt <= 1 ? Math.min(1, ns) : ns)
  const [keepTarget, setKeepTarget] = useState(nt > 1 || ns > 1 ? Math.min(1, nt) : 0)
  const isValid = keepSource + keepTarget > 0 && ns - keepSource + (nt - keepTarget) > 0
  return (
    <EditorDialog
      title={t('title', { number })}
      description={t('description')}
      submitLabel={t('submit')}
      canSubmit={isValid}
      onSubmit={() => onSplit({ srcAt: bead.srcStart + keepSource, tgtAt: bead.tgtStart + keepTarget })}
      onClose={onClose}
      wide
      testId="split-bead-dialog"
    >
      <div className="grid gap-4 md:grid-cols-2">
        <CutChooser legend={t('original')} doc={source} start={bead.srcStart} end={bead.srcEnd} value={keepSource} onChange={setKeepSource} />
        <CutChooser legend={t('translation')} doc={target} start={bead.tgtStart} end={bead.tgtEnd} value={keepTarget} onChange={setKeepTarget} />
      </div>
      <p className={clsx('mt-3 text-xs', isValid ? 'text-muted' : 'text-bad')} role={isValid ? undefined : 'alert'}>
        {isValid ? t('result', { first: `${keepSource}-${keepTarget}`, second: `${ns - keepSource}-${nt - keepTarget}` }) : t('invalid')}
      </p>
    </EditorDialog>
  )
}

function CutChooser({ legend, doc, start, end, value, onChange }: { legend: string; doc: SideDoc; start: number; end: number; value: number; onChange: (n: number) => void }) {
  const t = useTranslations('editor.splitBead')
  const name = useId()
  const n = end - start
  const cut = (k: number) => (
    <label key={`cut-${k}`} className={clsx('flex cursor-pointer items-center gap-2 rounded px-1.5 py-0.5 text-xs', value === k ? 'bg-[#eef4fc] font-medium text-accent' : 'text-muted hover:bg-panel')}>
      <input type="radio" name={name} checked={value === k} onChange={() => onChange(k)} className="accent-[var(--color-accent)]" />
      <span className="h-px flex-1 border-t border-dashed border-current" aria-hidden />
      <span>{k === 0 ? t('cutBeforeAll') : k === n ? t('cutAfterAll') : t('cutAfter', { number: start + k })}</span>
    </label>
  )
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-semibold">{legend}</legend>
      {n === 0 ? (
        <p className="text-xs italic text-muted">{t('emptySide')}</p>
      ) : (
        <div className="space-y-0.5">
          {Array.from({ length: n + 1 }, (_, k) => [
            cut(k),
            k < n && (
              <p key={`p-${k}`} className="paragraph-text !text-[13px] rounded px-1.5 text-ink" lang={doc.language} dir={doc.dir}>
                <span className="mr-1 text-[11px] text-muted">{start + k + 1}</span>
                {snippet(doc.paragraphs[start + k]!, 160)}
              </p>
            ),
          ])}
        </div>
      )}
    </fieldset>
  )
}

/** Move the paragraph under the cursor into bead N (only where the order of the text allows). */
export function MoveParagraphDialog({
  beads,
  side,
  position,
  text,
  onMove,
  onClose,
}: {
  beads: BeadView[]
  side: Side
  position: number
  text: string
  onMove: (targetBead: number) => void
  onClose: () => void
}) {
  const t = useTranslations('editor.move')
  const allowed = useMemo(() => {
    // The planner decides; a paragraph can only travel across beads without text on its side.
    const result: number[] = []
    const home = beads.findIndex((b) => (side === 'source' ? b.srcStart <= position && position < b.srcEnd : b.tgtStart <= position && position < b.tgtEnd))
    for (let index = Math.max(0, home - 50); index < Math.min(beads.length, home + 51); index++) {
      try {
        planMove(beads, side, position, index)
        result.push(index)
      } catch {
        // Not a place this paragraph can go.
      }
    }
    return result
  }, [beads, side, position])
  const [value, setValue] = useState(allowed.length ? String(allowed[0]! + 1) : '')
  const target = Number(value) - 1
  const isValid = allowed.includes(target)
  const id = useId()
  return (
    <EditorDialog
      title={t('title', { side, number: position + 1 })}
      description={<span lang="" className="italic">“{snippet(text)}”</span>}
      submitLabel={t('submit')}
      canSubmit={isValid}
      onSubmit={() => onMove(target)}
      onClose={onClose}
      testId="move-dialog"
    >
      {allowed.length === 0 ? (
        <p role="alert" className="text-bad">
          {t('nowhere')}
        </p>
      ) : (
        <>
          <label htmlFor={id} className="mb-1 block text-sm font-medium">
            {t('label')}
          </label>
          <input id={id} type="number" inputMode="numeric" autoFocus min={1} max={beads.length} value={value} onChange={(e) => setValue(e.target.value)} className="w-28 rounded border border-line px-2 py-1 tabular-nums" />
          <p className={clsx('mt-1 text-xs', isValid || !value ? 'text-muted' : 'text-bad')}>{t('allowed', { list: allowed.map((k) => k + 1).join(', ') })}</p>
        </>
      )}
    </EditorDialog>
  )
}

/** Jump to paragraph N of either text. */
export function GoToDialog({ side: initialSide, counts, onGo, onClose }: { side: Side; counts: Record<Side, number>; onGo: (side: Side, position: number) => void; onClose: () => void }) {
  const t = useTranslations('editor.goto')
  const [side, setSide] = useState<Side>(initialSide)
  const [value, setValue] = useState('')
  const number = Number(value)
  const isValid = Number.isInteger(number) && number >= 1 && number <= counts[side]
  const id = useId()
  return (
    <EditorDialog title={t('title')} submitLabel={t('submit')} canSubmit={isValid} onSubmit={() => onGo(side, number - 1)} onClose={onClose} testId="goto-dialog">
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {t('label')}
      </label>
      <input id={id} type="number" inputMode="numeric" autoFocus min={1} max={counts[side]} value={value} onChange={(e) => setValue(e.target.value)} className="w-28 rounded border border-line px-2 py-1 tabular-nums" />
      <fieldset className="mt-3 flex gap-4">
        <legend className="sr-only">{t('side')}</legend>
        {(['source', 'target'] as const).map((option) => (
          <label key={option} className="flex items-center gap-1.5">
            <input type="radio" name="goto-side" checked={side === option} onChange={() => setSide(option)} />
            {t(option, { count: counts[option] })}
          </label>
        ))}
      </fieldset>
      {value && !isValid && (
        <p role="alert" className="mt-2 text-xs text-bad">
          {t('outOfRange', { count: counts[side] })}
        </p>
      )}
    </EditorDialog>
  )
}

/** Pair an unaligned paragraph with one of the unaligned paragraphs of the other text near it. */
export function PairDialog({
  side,
  position,
  candidates,
  doc,
  onPair,
  onClose,
}: {
  side: Side
  position: number
  candidates: number[]
  doc: SideDoc
  onPair: (partner: number) => void
  onClose: () => void
}) {
  const t = useTranslations('editor.pair')
  const [choice, setChoice] = useState(candidates[0]!)
  return (
    <EditorDialog title={t('title', { side, number: position + 1 })} description={t('description')} submitLabel={t('submit')} onSubmit={() => onPair(choice)} onClose={onClose} testId="pair-dialog">
      <fieldset className="space-y-1">
        <legend className="sr-only">{t('partner')}</legend>
        {candidates.map((candidate) => (
          <label key={candidate} className={clsx('flex cursor-pointer gap-2 rounded border px-2 py-1.5', choice === candidate ? 'border-accent bg-[#eef4fc]' : 'border-line')}>
            <input type="radio" name="pair-partner" checked={choice === candidate} onChange={() => setChoice(candidate)} />
            <span className="w-8 shrink-0 text-right text-xs tabular-nums text-muted">{candidate + 1}</span>
            <span className="paragraph-text !text-[13px]" lang={doc.language} dir={doc.dir}>
              {snippet(doc.paragraphs[candidate]!, 200)}
            </span>
          </label>
        ))}
      </fieldset>
    </EditorDialog>
  )
}

/** Re-align everything not confirmed, with the choice to keep beads changed by hand. */
export function RealignDialog({
  unconfirmed,
  manual,
  progress,
  onRealign,
  onClose,
}: {
  unconfirmed: number
  manual: number
  progress: { done: number; total: number } | null
  onRealign: (keepManual: boolean) => void
  onClose: () => void
}) {
  const t = useTranslations('editor.realign')
  // The "re-align everything not confirmed": hand-made beads are kept only when ticked.
  const [keepManual, setKeepManual] = useState(false)
  return (
    <EditorDialog
      title={t('title')}
      description={t('description', { count: unconfirmed })}
      submitLabel={t('submit')}
      canSubmit={!progress && unconfirmed > 0}
      onSubmit={() => onRealign(keepManual)}
      onClose={onClose}
      testId="realign-dialog"
    >
      {manual > 0 && (
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1" checked={keepManual} onChange={(e) => setKeepManual(e.target.checked)} disabled={Boolean(progress)} />
          <span>
            {t('keepManual', { count: manual })}
            <span className="block text-xs text-muted">{t('keepManualHint')}</span>
          </span>
        </label>
      )}
      {progress && (
        <div className="mt-3">
          <ProgressBar label={t('progress')} done={progress.done} total={progress.total} />
        </div>
      )}
      <p className="mt-3 text-xs text-muted">{t('undoHint')}</p>
    </EditorDialog>
  )
}

/** Undoing someone else's change is allowed (undo is per alignment), but never by surprise. */
export function UndoOthersDialog({ step, isRedo, onConfirm, onClose }: { step: UndoStep; isRedo: boolean; onConfirm: () => void; onClose: () => void }) {
  const t = useTranslations('editor')
  const format = useFormatter()
  const now = useNow({ updateInterval: 60_000 })
  const change = t(`kinds.${step.kind.replace('.', '_')}`)
  return (
    <EditorDialog
      title={isRedo ? t('undoOthers.redoTitle') : t('undoOthers.title')}
      description={t('undoOthers.description', { name: step.userName ?? t('undoOthers.someone'), change, when: format.relativeTime(new Date(step.at), now) })}
      submitLabel={isRedo ? t('commands.redo') : t('commands.undo')}
      onSubmit={onConfirm}
      onClose={onClose}
      testId="undo-others-dialog"
    />
  )
}
