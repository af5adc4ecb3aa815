'use client'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import type { AnnotationView } from '@/lib/annotations/annotation-view'
import type { Side } from '@/lib/editing/bead-edits'
import type { SeverityWeights } from '@/lib/quality/severity-weights'
import { AnnotationForm } from '../../review/_components/annotation-form'

export type SpanDraft = { side: Side; position: number; start: number; end: number }

/**
 * Annotating a span, in the side panel: the paragraph in a field that cannot be changed, with the span
 * selected (made with the mouse in the text, or the whole paragraph), where Shift+arrows move
 * its ends from the keyboard, then the MQM category, severity and note.
 */
export function SpanAnnotator({
  alignmentId,
  draft,
  text,
  lang,
  dir,
  weights,
  onCreated,
  onClose,
}: {
  alignmentId: number
  draft: SpanDraft
  text: string
  lang: string
  dir: 'ltr' | 'rtl'
  weights: SeverityWeights
  onCreated: (annotation: AnnotationView) => void
  onClose: () => void
}) {
  const t = useTranslations('reviewEditor.annotationDialog')
  const field = useRef<HTMLTextAreaElement>(null)
  const [range, setRange] = useState({ start: draft.start, end: draft.end })
  useEffect(() => {
    const element = field.current
    if (!element) return
    element.focus()
    element.setSelectionRange(draft.start, draft.end)
  }, [draft.start, draft.end])
  const readRange = (event: { currentTarget: HTMLTextAreaElement }) => {
    const { selectionStart: start, selectionEnd: end } = event.currentTarget
    setRange((current) => (current.start === start && current.end === end ? current : { start, end }))
  }
  const isEmpty = range.end <= range.start || !text.slice(range.start, range.end).trim()
  return (
    <section
      className="space-y-2"
      aria-label={t('title')}
      data-testid="span-annotator"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('title')}</h2>
      <label className="block text-xs text-muted">
        {t(draft.side === 'source' ? 'inSource' : 'inTarget', { number: draft.position + 1 })}
        <textarea
          ref={field}
          // Not `readOnly`: Chromium's caret keys misbehave in read-only fields. The text stays as
          // it is all the same: typing, deleting, pasting and dropping are refused.
          aria-readonly
          value={text}
          onChange={() => undefined}
          onBeforeInput={(event) => event.preventDefault()}
          onPaste={(event) => event.preventDefault()}
          onCut={(event) => event.preventDefault()}
          onDrop={(event) => event.preventDefault()}
          onKeyDown={(event) => {
            if (event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter') event.preventDefault()
          }}
          lang={lang}
          dir={dir}
          rows={Math.min(8, Math.max(3, Math.ceil(text.length / 40)))}
          // `select` does not come for every caret move: read the span after every key and click too.
          onSelect={readRange}
          onKeyUp={readRange}
          onMouseUp={readRange}
          className="paragraph-text mt-0.5 block w-full resize-none rounded border border-line bg-panel/40 px-2 py-1 !text-[13px] text-ink selection:bg-[#ffd24d] focus:border-accent focus:outline-none"
          data-testid="span-field"
        />
      </label>
      <p className="text-xs text-ink" data-testid="span-quote">
        “{text.slice(range.start, range.end)}”
      </p>
      {!isEmpty && (
        <AnnotationForm
          key={`${range.start}-${range.end}`}
          alignmentId={alignmentId}
          span={{ side: draft.side, position: draft.position, start: range.start, end: range.end, quote: text.slice(range.start, range.end) }}
          weights={weights}
          compact
          hideQuote
          onCancel={onClose}
          onCreated={onCreated}
        />
      )}
    </section>
  )
}

/**
 * The span the reader selected with the mouse in one paragraph of the list, in UTF-16 offsets
 * of that paragraph's text; 'across' when the selection spans paragraphs, null when none.
 */
export function selectedSpan(): SpanDraft | 'across' | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const holder = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-position][data-testid$="-paragraph"]') ?? null
  const first = holder(range.startContainer)
  const last = holder(range.endContainer)
  if (!first && !last) return null
  if (first !== last || !first) return 'across'
  const paragraph = first.querySelector('p.paragraph-text')
  if (!paragraph) return null
  const offset = (container: Node, at: number) => {
    const before = document.createRange()
    before.setStart(paragraph, 0)
    if (!paragraph.contains(container)) return container.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING ? 0 : (paragraph.textContent ?? '').length
    before.setEnd(container, at)
    return before.toString().length
  }
  const start = offset(range.startContainer, range.startOffset)
  const end = offset(range.endContainer, range.endOffset)
  if (end <= start) return null
  const side = first.dataset.testid === 'source-paragraph' ? 'source' : 'target'
  return { side, position: Number(first.dataset.position), start, end }
}
