'use client'
import clsx from 'clsx'
import { ChevronDown, ChevronRight, EyeOff, RotateCcw, Tag } from 'lucide-react'
import { useFormatter, useNow, useTranslations } from 'next-intl'
import { useState } from 'react'
import { FormError } from '@/app/_components/form'
import { ProgressBar } from '@/app/_components/progress-bar'
import type { AnnotationView } from '@/lib/annotations/annotation-view'
import type { CheckProgress } from '@/lib/checks'
import type { FindingView } from '@/lib/findings/compute-findings'
import { suggestedCategory, suggestedSeverity } from '@/lib/findings/finding-category'
import type { SeverityWeights } from '@/lib/quality/severity-weights'
import { AnnotationActions } from '../../review/_components/annotation-actions'
import { AnnotationForm } from '../../review/_components/annotation-form'
import { findingSeverityColours, severityColours } from '../../review/_components/chart-colours'
import { FindingDiff } from '../../review/_components/finding-diff'
import { useFindingMessage } from '../../review/_components/finding-message'
import { annotationSpan, type FindingBead } from '../../review/_components/finding-span'
import type { ReviewApi } from '../../review/_components/review-api'
import { useReviewAction } from '../../review/_components/use-review-action'

const QUOTE_CHARS = 120

export type BeadIssuesProps = {
  api: ReviewApi
  beadNumber: number
  bead: FindingBead
  languages: { source: string; target: string }
  annotations: AnnotationView[]
  findings: FindingView[] | null
  findingsProgress: CheckProgress | null
  currentUserId: string
  canAnnotate: boolean
  canDismiss: boolean
  weights: SeverityWeights
  /** An annotation was made, changed or deleted: read the marks again. */
  onAnnotationsChanged: () => void
  onDismissals: (fingerprints: string[], isDismissed: boolean) => void
  /** Highlights an annotation in the text while the pointer or the focus is on its entry. */
  onHover: (annotationId: number | null) => void
}

/** The Findings tab: the bead's annotations (resolve, reopen, delete one's own) and its automatic findings (diff, annotate, dismiss, restore). */
export function BeadIssuesPanel(props: BeadIssuesProps) {
  const t = useTranslations('reviewEditor.issues')
  const { annotations, findings, findingsProgress, beadNumber } = props
  const open = findings?.filter((finding) => !finding.isDismissed) ?? []
  const dismissed = findings?.filter((finding) => finding.isDismissed) ?? []
  return (
    <div className="space-y-4" data-testid="bead-issues">
      <section aria-labelledby="bead-annotations-heading">
        <h2 id="bead-annotations-heading" className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">
          {t('annotationsHeading', { count: annotations.length, number: beadNumber })}
        </h2>
        {annotations.length === 0 ? (
          <p className="text-xs text-muted">{props.canAnnotate ? t('noAnnotationsHint') : t('noAnnotations')}</p>
        ) : (
          <ul className="space-y-1.5">
            {annotations.map((annotation) => (
              <AnnotationEntry key={annotation.id} {...props} annotation={annotation} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="bead-findings-heading">
        <h2 id="bead-findings-heading" className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">
          {t('findingsHeading', { count: open.length })}
        </h2>
        {findings === null ? (
          <ProgressBar label={findingsProgress ? t('checking', { done: findingsProgress.done, total: findingsProgress.total }) : t('starting')} done={findingsProgress?.done ?? 0} total={findingsProgress?.total ?? 1} />
        ) : open.length === 0 ? (
          <p className="text-xs text-muted">{t('noFindings')}</p>
        ) : (
          <ul className="space-y-2">
            {open.map((finding) => (
              <FindingEntry key={finding.fingerprint} {...props} finding={finding} />
            ))}
          </ul>
        )}
        {dismissed.length > 0 && <DismissedFindings {...props} findings={dismissed} />}
      </section>
    </div>
  )
}

function AnnotationEntry({ annotation, api, currentUserId, canAnnotate, weights, languages, onAnnotationsChanged, onHover }: BeadIssuesProps & { annotation: AnnotationView }) {
  const t = useTranslations('reviewEditor.issues')
  const tAnnotations = useTranslations('reviewAnnotations')
  const tMqm = useTranslations('reviewMqm')
  const format = useFormatter()
  const now = useNow({ updateInterval: 60_000 })
  const action = useReviewAction()
  const act = async (request: () => Promise<unknown>) => {
    if ((await action.run(request)) !== undefined) onAnnotationsChanged()
  }
  const quote = annotation.quote.length > QUOTE_CHARS ? `${annotation.quote.slice(0, QUOTE_CHARS - 1)}…` : annotation.quote
  const lang = annotation.side === 'source' ? languages.source : languages.target
  return (
    <li
      className={clsx('rounded border border-line px-2 py-1.5 text-xs', annotation.status !== 'OPEN' && 'bg-panel/60')}
      data-testid="bead-annotation"
      data-status={annotation.status}
      onMouseEnter={() => onHover(annotation.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(annotation.id)}
      onBlur={() => onHover(null)}
    >
      <div className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5">
        <span className="inline-block h-2 w-2 rounded-full" style={{ background: severityColours[annotation.severity] }} aria-hidden />
        <span className="font-medium text-ink">{tMqm(`category.${annotation.category}`)}</span>
        <span className="text-muted">
          {tMqm(`severity.${annotation.severity}`)} · {tAnnotations('points', { points: weights[annotation.severity] })}
        </span>
        {annotation.status !== 'OPEN' && (
          <span className={clsx('rounded px-1 text-[11px]', annotation.status === 'OUTDATED' ? 'bg-[#fff8c5] text-[#7d4e00]' : 'bg-good/10 text-good')} data-testid="annotation-state">
            {tAnnotations(`status.${annotation.status}`)}
          </span>
        )}
        {canAnnotate && (
          <span className="ml-auto flex gap-1.5">
            <AnnotationActions annotation={annotation} quote={quote} api={api} act={act} isBusy={action.busy} currentUserId={currentUserId} isCompact />
          </span>
        )}
      </div>
      <p className="paragraph-text mt-0.5 !text-[13px] text-ink" lang={lang}>
        <span className="text-muted">{t(annotation.side === 'source' ? 'inSource' : 'inTarget', { number: annotation.position + 1 })} </span>“{quote}”
      </p>
      {annotation.status === 'OUTDATED' && (
        <p className="mt-0.5 text-[#7d4e00]">
          {t('outdated')} <span className="paragraph-text !text-[13px]" lang={lang}>“{annotation.text}”</span>
        </p>
      )}
      {annotation.note && <p className="mt-0.5 whitespace-pre-wrap text-ink">{annotation.note}</p>}
      <p className="mt-0.5 text-muted">
        {annotation.authorName} · <time dateTime={annotation.createdAt}>{format.relativeTime(new Date(annotation.createdAt), now)}</time>
      </p>
      <FormError message={action.error} />
    </li>
  )
}

function SeverityDot({ severity }: { severity: FindingView['severity'] }) {
  return <span className="inline-block h-2 w-2 shrink-0 rounded-full" style={{ background: findingSeverityColours[severity] }} aria-hidden />
}

function FindingEntry({ finding, api, bead, languages, canAnnotate, canDismiss, weights, onAnnotationsChanged, onDismissals }: BeadIssuesProps & { finding: FindingView }) {
  const t = useTranslations('reviewEditor.issues')
  const tFindings = useTranslations('reviewFindings')
  const message = useFindingMessage()
  const action = useReviewAction()
  const [isAnnotating, setAnnotating] = useState(false)
  const span = annotationSpan(finding, bead)
  return (
    <li className="rounded border border-line px-2 py-1.5 text-xs" data-testid="bead-finding" data-check={finding.check}>
      <div className="flex items-start gap-1.5">
        <span className="mt-1">
          <SeverityDot severity={finding.severity} />
        </span>
        <p className="min-w-0 flex-1 text-[13px] leading-snug text-ink">
          <span className="sr-only">{tFindings(`severity.${finding.severity}`)}: </span>
          {message(finding)}
        </p>
      </div>
      {finding.diff.length > 0 && <FindingDiff diff={finding.diff} sourceLang={languages.source} targetLang={languages.target} className="mt-1 !text-[13px]" />}
      <div className="mt-1 flex items-center gap-2">
        <span className="text-muted">{tFindings(`check.${finding.check}`)}</span>
        <span className="ml-auto flex gap-2">
          {canAnnotate && span && (
            <button type="button" className="inline-flex items-center gap-0.5 text-accent hover:underline" aria-expanded={isAnnotating} onClick={() => setAnnotating((value) => !value)}>
              <Tag size={11} aria-hidden /> {tFindings('annotate')}
            </button>
          )}
          {canDismiss && (
            <button
              type="button"
              className="inline-flex items-center gap-0.5 text-muted hover:text-ink"
              disabled={action.busy}
              onClick={async () => {
                if (await action.run(() => api.dismissFindings({ fingerprints: [finding.fingerprint] }))) onDismissals([finding.fingerprint], true)
              }}
            >
              <EyeOff size={11} aria-hidden /> {tFindings('dismiss')}
            </button>
          )}
        </span>
      </div>
      <FormError message={action.error} />
      {isAnnotating && span && (
        <div className="mt-1.5">
          <AnnotationForm
            alignmentId={api.alignmentId}
            span={span}
            weights={weights}
            defaultCategory={suggestedCategory(finding)}
            defaultSeverity={suggestedSeverity(finding)}
            compact
            onCancel={() => setAnnotating(false)}
            onCreated={() => {
              setAnnotating(false)
              onAnnotationsChanged()
            }}
          />
        </div>
      )}
      {!span && isAnnotating && <p className="text-muted">{t('noSpan')}</p>}
    </li>
  )
}

function DismissedFindings({ findings, api, canDismiss, onDismissals }: BeadIssuesProps & { findings: FindingView[] }) {
  const t = useTranslations('reviewEditor.issues')
  const tFindings = useTranslations('reviewFindings')
  const message = useFindingMessage()
  const action = useReviewAction()
  const [isOpen, setOpen] = useState(false)
  return (
    <div className="mt-2 text-xs">
      <button type="button" className="inline-flex items-center gap-0.5 text-muted hover:text-ink" aria-expanded={isOpen} onClick={() => setOpen((value) => !value)}>
        {isOpen ? <ChevronDown size={12} aria-hidden /> : <ChevronRight size={12} aria-hidden />} {t('dismissed', { count: findings.length })}
      </button>
      {isOpen && (
        <ul className="mt-1 space-y-1">
          {findings.map((finding) => (
            <li key={finding.fingerprint} className="flex items-start gap-1.5 rounded bg-panel px-2 py-1 text-muted" data-testid="bead-finding-dismissed">
              <span className="mt-1">
                <SeverityDot severity={finding.severity} />
              </span>
              <span className="min-w-0 flex-1">{message(finding)}</span>
              {canDismiss && (
                <button
                  type="button"
                  className="inline-flex items-center gap-0.5 hover:text-ink"
                  disabled={action.busy}
                  onClick={async () => {
                    if (await action.run(() => api.restoreFindings({ fingerprints: [finding.fingerprint] }))) onDismissals([finding.fingerprint], false)
                  }}
                >
                  <RotateCcw size={11} aria-hidden /> {tFindings('restore')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError message={action.error} />
    </div>
  )
}
