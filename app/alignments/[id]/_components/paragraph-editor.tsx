'use client'
import { useTranslations } from 'next-intl'
import { useLayoutEffect, useRef } from 'react'

export type TextDraft = {
  mode: 'edit' | 'split'
  side: 'source' | 'target'
  /** The paragraph's database id: the draft follows it if other edits move it. */
  paragraphId: number
  /** The text the draft started from: saving refuses to overwrite a text someone else changed. */
  base: string
  text: string
  /** Where the caret starts (split mode: a sentence end near the middle). */
  caret: number
}

/** The sentence boundary nearest the middle of `text`, where a split most likely belongs. */
export function suggestedSplit(text: string, language: string): number {
  const ends: number[] = []
  try {
    for (const sentence of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)) {
      if (sentence.index > 0) ends.push(sentence.index)
    }
  } catch {
    // No segmenter for this language: fall back to the middle.
  }
  if (ends.length === 0) return Math.floor(text.length / 2)
  return ends.reduce((best, at) => (Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2) ? at : best))
}

export function ParagraphEditor({
  draft,
  lang,
  dir,
  isSaving,
  onChange,
  onSave,
  onSplit,
  onCancel,
}: {
  draft: TextDraft
  lang: string
  dir: 'ltr' | 'rtl'
  isSaving: boolean
  onChange: (text: string) => void
  onSave: () => void
  onSplit: (at: number) => void
  onCancel: () => void
}) {
  const t = useTranslations('editor.textEditor')
  const area = useRef<HTMLTextAreaElement>(null)
  const isSplit = draft.mode === 'split'

  // Grow with the text (the row's height follows; the list measures it).
  useLayoutEffect(() => {
    const node = area.current
    if (!node) return
    node.style.height = 'auto'
    node.style.height = `${node.scrollHeight + 2}px`
  }, [draft.text])

  useLayoutEffect(() => {
    const node = area.current
    if (!node) return
    node.focus({ preventScroll: true })
    node.setSelectionRange(draft.caret, draft.caret)
    // Only when the editor opens: later caret moves belong to the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.mode, draft.paragraphId])

  return (
    <div className="min-w-0 flex-1" data-testid={isSplit ? 'split-editor' : 'text-editor'}>
      <textarea
        ref={area}
        value={draft.text}
        readOnly={isSplit}
        lang={lang}
        dir={dir}
        aria-label={isSplit ? t('splitLabel') : t('label')}
        aria-describedby="paragraph-editor-help"
        spellCheck={!isSplit}
        className="paragraph-text block w-full resize-none rounded border border-accent bg-white px-1.5 py-1 shadow-[0_0_0_3px_rgba(11,92,173,0.15)] focus:outline-none read-only:caret-accent"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            onCancel()
          } else if (isSplit && event.key === 'Enter') {
            event.preventDefault()
            onSplit(event.currentTarget.selectionStart)
          } else if (!isSplit && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            onSave()
          }
        }}
      />
      <div className="mt-1 flex items-center gap-2 text-[11px] text-muted">
        <span id="paragraph-editor-help" className="flex-1">
          {isSplit ? t('splitHelp') : t('help')}
        </span>
        <button type="button" className="rounded border border-line bg-white px-2 py-0.5 text-ink hover:bg-panel" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          disabled={isSaving || (!isSplit && draft.text === draft.base)}
          className="rounded bg-accent px-2 py-0.5 font-medium text-white hover:bg-[#094b8e] disabled:opacity-50"
          onClick={() => (isSplit ? onSplit(area.current?.selectionStart ?? draft.caret) : onSave())}
        >
          {isSplit ? t('split') : t('save')}
        </button>
      </div>
    </div>
  )
}
