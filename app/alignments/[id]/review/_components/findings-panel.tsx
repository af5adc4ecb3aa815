'use client'
import clsx from 'clsx'
import { ChevronDown, EyeOff, ListChecks, MessageSquarePlus, RefreshCw, RotateCcw, Tag } from 'lucide-react'
import { useTranslations } from 'next-intl'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { Button, FormError } from '@/app/_components/form'
import { ProgressBar } from '@/app/_components/progress-bar'
import { useErrorMessage } from '@/app/_components/use-error-message'
import type { CheckCode } from '@/lib/checks'
import { checkCodes } from '@/lib/checks'
import type { FindingView } from '@/lib/findings/compute-findings'
import type { BeadTextsView } from '@/lib/findings/find-bead-texts'
import { suggestedCategory, suggestedSeverity } from '@/lib/findings/finding-category'
import type { SeverityWeights } from '@/lib/quality/severity-weights'
import type { ProgressBin } from '@/lib/reviews/review-progress'
import { textDirection } from '@/lib/text/direction'
import { AnnotationForm } from './annotation-form'
import { StartThreadForm } from './comment-thread'
import { findingSeverityColours } from './chart-colours'
import { FindingContextText } from './finding-context-text'
import { FindingDiff } from './finding-diff'
import { annotationSpan } from './finding-span'
import { useFindingMessage } from './finding-message'
import { useFindings } from './findings-context'
import { ProgressChart } from './progress-chart'
import { reviewApi } from './review-api'
import { StackedBars } from './stacked-bars'
import { StatusControl } from './status-control'
import { useReviewAction } from './use-review-action'

type Languages = { sourceLang: string; targetLang: string }

const SEVERITIES = ['critical', 'major', 'minor'] as const

/** Review progress with the open findings folded in once they are known. */
export function ProgressWithFindings({ bins, beads }: { bins: ProgressBin[]; beads: number }) {
  const { state } = useFindings()
  return <ProgressChart bins={bins} beads={beads} findingsPerBin={state.phase === 'ready' ? state.overview.perBin : null} />
}

/** Open findings by check and severity. */
export function FindingsChart() {
  const t = useTranslations('reviewFindings')
  const { state } = useFindings()
  if (state.phase !== 'ready') return <FindingsLoading />
  // Checks without open findings would only be rows of zeros.
  const rows = state.overview.summary.byCheck.filter((entry) => entry.openTotal > 0).map((entry) => ({
    key: entry.check,
    label: t(`check.${entry.check}`),
    segments: SEVERITIES.map((severity) => ({ key: severity, label: t(`severity.${severity}`), value: entry.open[severity], colour: findingSeverityColours[severity] })),
  }))
  return (
    <StackedBars
      testId="findings-chart"
      title={t('chartTitle')}
      rows={rows}
      legend={SEVERITIES.map((severity) => ({ label: t(`severity.${severity}`), colour: findingSeverityColours[severity] }))}
      emptyText={t('chartEmpty')}
    />
  )
}

function FindingsLoading() {
  const t = useTranslations('reviewFindings')
  const errorMessage = useErrorMessage()
  const { state, reload } = useFindings()
  if (state.phase === 'error') {
    return (
      <div className="space-y-2">
        <FormError message={errorMessage(state.error)} />
        <Button variant="plain" onClick={() => void reload()}>
          <RefreshCw size={14} aria-hidden /> {t('retry')}
        </Button>
      </div>
    )
  }
  const progress = state.phase === 'loading' ? state.progress : null
  return <ProgressBar label={progress ? t('checking', { done: progress.done, total: progress.total }) : t('starting')} done={progress?.done ?? 0} total={progress?.total ?? 1} />
}

export type FindingsTodoProps = Languages & {
  alignmentId: number
  canComment: boolean
  canDismiss: boolean
  canAnnotate: boolean
  canSetStatus: boolean
  weights: SeverityWeights
}

/** The automatic findings as a to-do list: grouped by check, each with its difference; dismiss, annotate, set the bead's status. */
export function FindingsTodo(props: FindingsTodoProps) {
  const t = useTranslations('reviewFindings')
  const { state } = useFindings()
  if (state.phase !== 'ready') return <FindingsLoading />
  const { summary, groups } = state.overview
  const open = checkCodes.filter((check) => groups[check].total > 0)
  const dismissedOnly = summary.byCheck.filter((entry) => entry.openTotal === 0 && entry.dismissed > 0).map((entry) => entry.check)
  return (
    <div className="space-y-3" data-testid="findings-todo">
      <p className="text-sm text-muted" aria-live="polite">
        {summary.open === 0 ? t('allDone') : t('openSummary', { open: summary.open, beads: summary.beadsWithOpenFindings, total: summary.beads })}{' '}
        {summary.dismissed > 0 && t('dismissedSummary', { count: summary.dismissed })}
      </p>
      {[...open, ...dismissedOnly].map((check) => (
        <FindingGroupSection key={check} check={check} {...props} />
      ))}
    </div>
  )
}

function FindingGroupSection({ check, alignmentId, canDismiss, ...rest }: FindingsTodoProps & { check: CheckCode }) {
  const t = useTranslations('reviewFindings')
  const { state, refresh, appendPage, removeFindings } = useFindings()
  const action = useReviewAction()
  const [confirmAll, setConfirmAll] = useState(false)
  const [dismissed, setDismissed] = useState<{ items: FindingView[]; beads: Record<number, BeadTextsView>; total: number } | null>(null)
  if (state.phase !== 'ready') return null
  const group = state.overview.groups[check]
  const entry = state.overview.summary.byCheck.find((item) => item.check === check)!
  const api = reviewApi(alignmentId)
  const headingId = `findings-${check}`

  return (
    <section aria-labelledby={headingId} className="rounded border border-line" data-testid="finding-group" data-check={check}>
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-line bg-panel px-3 py-1.5">
        <h3 id={headingId} className="text-sm font-semibold">
          {t(`check.${check}`)} <span className="font-normal tabular-nums text-muted">({group.total})</span>
        </h3>
        <span className="flex gap-1 text-xs">
          {SEVERITIES.filter((severity) => entry.open[severity] > 0).map((severity) => (
            <SeverityChip key={severity} severity={severity} count={entry.open[severity]} />
          ))}
        </span>
        <span className="ml-auto flex items-center gap-2 text-xs">
          {entry.dismissed > 0 && (
            <button
              type="button"
              className="inline-flex items-center gap-1 text-muted hover:text-ink"
              aria-expanded={dismissed !== null}
              onClick={async () => {
                if (dismissed) return setDismissed(null)
                const page = await action.run(() => api.findingsPage(check, 'dismissed', 0, 50))
                if (page) setDismissed(page)
              }}
            >
              <EyeOff size={12} aria-hidden /> {t('showDismissed', { count: entry.dismissed })}
            </button>
          )}
          {canDismiss && group.total > 0 &&
            (confirmAll ? (
              <span className="flex items-center gap-2" role="group" aria-label={t('dismissAllConfirm', { count: group.total })}>
                <span>{t('dismissAllConfirm', { count: group.total })}</span>
                <button
                  type="button"
                  className="font-medium text-bad hover:underline"
                  disabled={action.busy}
                  onClick={async () => {
                    const done = await action.run(() => api.dismissFindings({ check }))
                    setConfirmAll(false)
                    if (done) await refresh([check])
                  }}
                >
                  {t('dismissAllYes')}
                </button>
                <button type="button" className="text-muted hover:text-ink" onClick={() => setConfirmAll(false)}>
                  {t('cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="font-medium text-muted hover:text-ink" onClick={() => setConfirmAll(true)}>
                {t('dismissAll', { count: group.total })}
              </button>
            ))}
        </span>
      </header>
      <FormError message={action.error} />
      {group.items.length > 0 && (
        <ol className="divide-y divide-line">
          {group.items.map((finding) => (
            <FindingItem
              key={`${finding.beadId}|${finding.fingerprint}`}
              finding={finding}
              bead={state.overview.beads[finding.beadId]}
              alignmentId={alignmentId}
              canDismiss={canDismiss}
              {...rest}
              onDismissed={async () => {
                removeFindings([finding.fingerprint])
                await refresh()
              }}
            />
          ))}
        </ol>
      )}
      {group.items.length < group.total && (
        <div className="border-t border-line px-3 py-1.5">
          <button
            type="button"
            className="inline-flex items-center gap-1 text-sm text-accent hover:underline"
            disabled={action.busy}
            onClick={async () => {
              const page = await action.run(() => api.findingsPage(check, 'open', group.items.length))
              if (page) appendPage(check, page.items, page.beads)
            }}
          >
            <ChevronDown size={14} aria-hidden /> {t('showMore', { count: Math.min(25, group.total - group.items.length), rest: group.total - group.items.length })}
          </button>
        </div>
      )}
      {dismissed && (
        <div className="border-t border-line bg-panel/50">
          <h4 className="px-3 pt-2 text-xs font-semibold uppercase tracking-wide text-muted">{t('dismissedHeading')}</h4>
          <ol className="divide-y divide-line">
            {dismissed.items.map((finding) => (
              <FindingItem
                key={`${finding.beadId}|${finding.fingerprint}`}
                finding={finding}
                bead={dismissed.beads[finding.beadId]}
                alignmentId={alignmentId}
                canDismiss={canDismiss}
                {...rest}
                isDismissed
                onRestored={async () => {
                  setDismissed((current) => current && { ...current, items: current.items.filter((item) => item.fingerprint !== finding.fingerprint) })
                  await refresh([check])
                }}
              />
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}

function SeverityChip({ severity, count }: { severity: (typeof SEVERITIES)[number]; count?: number }) {
  const t = useTranslations('reviewFindings')
  return (
    <span className="inline-flex items-center gap-1 rounded border border-line bg-white px-1.5 py-px text-xs">
      <span className="inline-block h-2 w-2 rounded-full" style={{ background: findingSeverityColours[severity] }} aria-hidden />
      {t(`severity.${severity}`)}
      {count !== undefined && <span className="tabular-nums text-muted">{count}</span>}
    </span>
  )
}

function FindingItem({
  finding,
  bead,
  alignmentId,
  sourceLang,
  targetLang,
  canComment,
  canDismiss,
  canAnnotate,
  canSetStatus,
  weights,
  isDismissed = false,
  onDismissed,
  onRestored,
}: FindingsTodoProps & { finding: FindingView; bead: BeadTextsView | undefined; isDismissed?: boolean; onDismissed?: () => Promise<void>; onRestored?: () => Promise<void> }) {
  const t = useTranslations('reviewFindings')
  const message = useFindingMessage()
  const router = useRouter()
  const { setBeadStatuses } = useFindings()
  const action = useReviewAction()
  const [annotating, setAnnotating] = useState(false)
  const [annotated, setAnnotated] = useState(false)
  const [commenting, setCommenting] = useState(false)
  const [commented, setCommented] = useState(false)
  const api = reviewApi(alignmentId)
  const span = bead ? annotationSpan(finding, bead) : null
  return (
    <li className={clsx('space-y-1.5 px-3 py-2', isDismissed && 'opacity-75')} data-testid="finding" data-bead-number={finding.beadNumber}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <SeverityChip severity={finding.severity} />
        <Link href={`/alignments/${alignmentId}?bead=${finding.beadId}`} className="text-sm font-medium text-accent hover:underline">
          {t('bead', { number: finding.beadNumber })}
        </Link>
        <span className="min-w-0 flex-1 text-sm">{message(finding)}</span>
        <span className="flex items-center gap-1">
          {canComment && !isDismissed && (
            <Button variant="plain" className="px-2 py-0.5 text-xs" aria-expanded={commenting} onClick={() => setCommenting((value) => !value)}>
              <MessageSquarePlus size={12} aria-hidden /> {t('comment')}
            </Button>
          )}
          {canAnnotate && span && !isDismissed && (
            <Button variant="plain" className="px-2 py-0.5 text-xs" aria-expanded={annotating} onClick={() => setAnnotating((value) => !value)}>
              <Tag size={12} aria-hidden /> {annotated ? t('annotateAgain') : t('annotate')}
            </Button>
          )}
          {canDismiss &&
            (isDismissed ? (
              <Button variant="plain" className="px-2 py-0.5 text-xs" disabled={action.busy} onClick={async () => (await action.run(() => api.restoreFindings({ fingerprints: [finding.fingerprint] }))) && onRestored?.()}>
                <RotateCcw size={12} aria-hidden /> {t('restore')}
              </Button>
            ) : (
              <Button variant="plain" className="px-2 py-0.5 text-xs" disabled={action.busy} onClick={async () => (await action.run(() => api.dismissFindings({ fingerprints: [finding.fingerprint] }))) && onDismissed?.()}>
                <EyeOff size={12} aria-hidden /> {t('dismiss')}
              </Button>
            ))}
        </span>
      </div>
      {/* A one-sided bead's text is its difference (all added or all removed): shown once, below. */}
      {bead && bead.source.length > 0 && bead.target.length > 0 && (
        <div className="grid gap-2 text-sm sm:grid-cols-2">
          <div className="paragraph-text rounded border border-line/70 px-2 py-1 text-[14px]" aria-label={t('original')}>
            <FindingContextText paragraphs={bead.source} spans={finding.source} lang={sourceLang} dir={textDirection(sourceLang)} />
          </div>
          <div className="paragraph-text rounded border border-line/70 px-2 py-1 text-[14px]" aria-label={t('translation')}>
            <FindingContextText paragraphs={bead.target} spans={finding.target} lang={targetLang} dir={textDirection(targetLang)} />
          </div>
        </div>
      )}
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        {finding.diff.length > 0 && (
          <div className="min-w-0 flex-1">
            <span className="sr-only">{t('difference')}</span>
            <FindingDiff diff={finding.diff} sourceLang={sourceLang} targetLang={targetLang} />
          </div>
        )}
        {bead && (
          <StatusControl
            size="small"
            alignmentId={alignmentId}
            beads={[{ id: bead.id, reviewStatus: bead.reviewStatus }]}
            canSetStatus={canSetStatus}
            onChange={(result) => {
              setBeadStatuses(result.beads)
              router.refresh()
            }}
          />
        )}
      </div>
      <FormError message={action.error} />
      {annotating && span && (
        <AnnotationForm
          alignmentId={alignmentId}
          span={span}
          weights={weights}
          defaultCategory={suggestedCategory(finding)}
          defaultSeverity={suggestedSeverity(finding)}
          onCancel={() => setAnnotating(false)}
          onCreated={() => {
            setAnnotating(false)
            setAnnotated(true)
            router.refresh()
          }}
        />
      )}
      {commenting && (
        <StartThreadForm
          alignmentId={alignmentId}
          beadId={finding.beadId}
          anchor={span ? { side: span.side, position: span.position } : undefined}
          onCreated={() => {
            setCommenting(false)
            setCommented(true)
            router.refresh()
          }}
        />
      )}
      {commented && !commenting && (
        <p className="text-xs text-good" role="status">
          {t('commented')}
        </p>
      )}
      {annotated && !annotating && (
        <p className="text-xs text-good" role="status">
          <ListChecks size={12} aria-hidden className="mr-1 inline" />
          {t('annotated')}
        </p>
      )}
    </li>
  )
}
