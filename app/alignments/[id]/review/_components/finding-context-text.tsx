import type { Span } from '@/lib/checks'

const AROUND = 70
const WHOLE = 220

/**
 * The bead text a finding points into: each span marked with some context around it, or the
 * start of the text when the finding has no span on this side.
 */
export function FindingContextText({ paragraphs, spans, lang, dir }: { paragraphs: string[]; spans: Span[]; lang: string; dir: 'ltr' | 'rtl' }) {
  if (paragraphs.length === 0) return <span className="italic text-muted">—</span>
  if (spans.length === 0) {
    const text = paragraphs.join(' ¶ ')
    return (
      <span lang={lang} dir={dir}>
        {text.length > WHOLE ? `${text.slice(0, WHOLE - 1)}…` : text}
      </span>
    )
  }
  return (
    <>
      {spans.slice(0, 4).map((span, index) => {
        const text = paragraphs[span.paragraph] ?? ''
        const isWhole = span.start === 0 && span.end === text.length
        const from = isWhole ? 0 : Math.max(0, span.start - AROUND)
        const to = isWhole ? Math.min(text.length, WHOLE) : Math.min(text.length, span.end + AROUND)
        return (
          <span key={index} lang={lang} dir={dir} className="block">
            {from > 0 && '…'}
            {text.slice(from, span.start)}
            <mark className="rounded-sm bg-[#fff8c5] px-0.5 text-ink ring-1 ring-[#d4a72c]/60">{text.slice(span.start, Math.min(span.end, to))}</mark>
            {text.slice(Math.min(span.end, to), to)}
            {to < text.length && '…'}
          </span>
        )
      })}
    </>
  )
}
