import clsx from 'clsx'
import type { DiffPart } from '@/lib/checks'

/**
 * A finding's token-level difference (made with jsdiff in lib/checks): text only in the
 * original struck through in red, text only in the translation underlined in green. The
 * marks are <del>/<ins>, which screen readers announce.
 */
export function FindingDiff({ diff, sourceLang, targetLang, className }: { diff: DiffPart[]; sourceLang: string; targetLang: string; className?: string }) {
  if (diff.length === 0) return null
  return (
    <p className={clsx('paragraph-text rounded bg-panel px-2 py-1 text-sm', className)} data-testid="finding-diff">
      {diff.map((part, index) =>
        part.removed ? (
          <del key={index} lang={sourceLang} className="rounded-sm bg-bad/10 text-bad decoration-bad/60">
            {part.value}
          </del>
        ) : part.added ? (
          <ins key={index} lang={targetLang} className="rounded-sm bg-good/10 text-good no-underline decoration-good/60 [text-decoration-line:underline]">
            {part.value}
          </ins>
        ) : (
          <span key={index} className="text-muted">
            {part.value}
          </span>
        ),
      )}
    </p>
  )
}
