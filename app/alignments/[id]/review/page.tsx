import type { Metadata } from 'next'
import { ArrowLeft } from 'lucide-react'
import { getFormatter, getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { mqmDimensions } from '@/lib/annotations/mqm'
import { AppError } from '@/lib/errors'
import { severities } from '@/lib/quality/severity-weights'
import { getReviewSummary, type ReviewSummary } from '@/lib/reviews/get-review-summary'
import { reviewStatuses } from '@/lib/reviews/review-transitions'
import { requirePageUser } from '@/lib/session'
import { idSchema } from '@/lib/validation/common'
import { AnnotationList } from './_components/annotation-list'
import { severityColours, statusColours } from './_components/chart-colours'
import { FindingsProvider } from './_components/findings-context'
import { FindingsChart, FindingsTodo, ProgressWithFindings } from './_components/findings-panel'
import { StackedBars } from './_components/stacked-bars'
import { ThreadList } from './_components/thread-list'
import { WeightsForm } from './_components/weights-form'

type Params = { params: Promise<{ id: string }> }

async function load(id: string) {
  const parsed = idSchema.safeParse(id)
  if (!parsed.success) notFound()
  const user = await requirePageUser(`/alignments/${id}/review`)
  try {
    return { user, summary: await getReviewSummary({ userId: user.id, alignmentId: parsed.data }) }
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations('review')
  const parsed = idSchema.safeParse((await params).id)
  return { title: parsed.success ? t('metaTitle', { id: parsed.data }) : undefined }
}

export default async function ReviewPage({ params }: Params) {
  const { user, summary } = await load((await params).id)
  const t = await getTranslations('review')
  const { alignment, permissions } = summary
  return (
    <main className="mx-auto max-w-6xl space-y-6 px-4 py-5">
      <header className="space-y-1">
        <Link href={`/alignments/${alignment.id}`} className="inline-flex items-center gap-1 text-sm text-accent hover:underline">
          <ArrowLeft size={14} aria-hidden /> {t('backToAlignment')}
        </Link>
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h1 className="text-xl font-semibold">{t('title', { title: alignment.title })}</h1>
          <span className="text-muted">{alignment.projectName}</span>
          <span className="font-mono text-xs text-muted">
            {alignment.sourceLanguage} → {alignment.targetLanguage}
          </span>
        </div>
      </header>

      <SummaryCards summary={summary} />

      <FindingsProvider alignmentId={alignment.id}>
        <section aria-labelledby="progress-heading" className="rounded border border-line p-4">
          <h2 id="progress-heading" className="sr-only">
            {t('progressTitle')}
          </h2>
          <ProgressWithFindings bins={summary.progress} beads={summary.beads} />
        </section>
        <section aria-labelledby="charts-heading" className="grid gap-6 rounded border border-line p-4 md:grid-cols-2">
          <h2 id="charts-heading" className="sr-only">
            {t('chartsHeading')}
          </h2>
          <FindingsChart />
          <AnnotationsChart summary={summary} />
        </section>
        <section aria-labelledby="todo-heading" className="space-y-2">
          <h2 id="todo-heading" className="text-lg font-semibold">
            {t('todoHeading')}
          </h2>
          <p className="text-sm text-muted">{t('todoIntro')}</p>
          <FindingsTodo
            alignmentId={alignment.id}
            sourceLang={alignment.sourceLanguage}
            targetLang={alignment.targetLanguage}
            canComment={permissions.comment}
            canDismiss={permissions.dismiss}
            canAnnotate={permissions.annotate}
            canSetStatus={permissions.setStatus}
            weights={summary.weights}
          />
        </section>
      </FindingsProvider>

      <section aria-labelledby="threads-heading" className="space-y-2">
        <h2 id="threads-heading" className="text-lg font-semibold">
          {t('threadsHeading', { count: summary.openThreads.length })}
        </h2>
        <ThreadList alignmentId={alignment.id} threads={summary.openThreads} currentUserId={user.id} canComment={permissions.comment} />
      </section>

      <section aria-labelledby="annotations-heading" className="space-y-2">
        <h2 id="annotations-heading" className="text-lg font-semibold">
          {t('annotationsHeading', { count: summary.annotations.length })}
        </h2>
        <AnnotationList
          alignmentId={alignment.id}
          annotations={summary.annotations}
          currentUserId={user.id}
          canAnnotate={permissions.annotate}
          weights={summary.weights}
          sourceLang={alignment.sourceLanguage}
          targetLang={alignment.targetLanguage}
        />
      </section>

      <section aria-labelledby="weights-heading" className="space-y-2 rounded border border-line p-4">
        <h2 id="weights-heading" className="text-base font-semibold">
          {t('weightsHeading')}
        </h2>
        <p className="text-sm text-muted">{t('weightsIntro')}</p>
        <WeightsForm projectId={alignment.projectId} weights={summary.weights} canManage={permissions.manageProject} />
      </section>
    </main>
  )
}

async function SummaryCards({ summary }: { summary: ReviewSummary }) {
  const t = await getTranslations('review')
  const tStatus = await getTranslations('reviewStatus')
  const format = await getFormatter()
  const { score, statusCounts, beads } = summary
  const reviewed = beads - statusCounts.UNREVIEWED
  return (
    <section aria-label={t('summaryLabel')} className="grid gap-3 md:grid-cols-3">
      <div className="rounded border border-line p-4" data-testid="score-card">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('scoreHeading')}</h2>
        <p className="mt-1 flex items-baseline gap-2">
          <span className="text-3xl font-semibold tabular-nums" data-testid="quality-score">
            {score.score === null ? '—' : format.number(score.score, { maximumFractionDigits: 1 })}
          </span>
          <span className="text-sm text-muted">/ 100</span>
        </p>
        <p className="mt-1 text-sm" data-testid="penalty">
          {t('penalty', { points: format.number(score.penaltyPerThousandWords, { maximumFractionDigits: 2 }) })}
        </p>
        <p className="mt-1 text-xs text-muted">
          {t('penaltyDetail', { penalty: format.number(score.penalty), annotations: score.annotations, words: format.number(score.sourceWords) })}
        </p>
        <p className="mt-1 text-xs text-muted" data-testid="open-penalty">
          {t('openPenalty', { annotations: score.open.annotations, points: format.number(score.open.penaltyPerThousandWords, { maximumFractionDigits: 2 }) })}
        </p>
      </div>
      <div className="rounded border border-line p-4" data-testid="status-card">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('statusHeading')}</h2>
        <p className="mt-1 text-sm">
          <span className="text-3xl font-semibold tabular-nums">{format.number(beads > 0 ? reviewed / beads : 0, { style: 'percent' })}</span> <span className="text-muted">{t('reviewedOf', { reviewed, total: beads })}</span>
        </p>
        <ul className="mt-2 grid grid-cols-2 gap-x-3 gap-y-0.5 text-sm">
          {reviewStatuses.map((status) => (
            <li key={status} className="flex items-center gap-1.5" data-testid={`status-count-${status}`}>
              <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: statusColours[status] }} aria-hidden />
              <span>{tStatus(`status.${status}`)}</span>
              <span className="ml-auto tabular-nums">{statusCounts[status]}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="rounded border border-line p-4" data-testid="threads-card">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('threadsCard')}</h2>
        <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid="open-thread-count">
          {summary.openThreads.length}
        </p>
        <p className="text-sm text-muted">{t('threadsDetail', { open: summary.openThreads.length, resolved: summary.resolvedThreads })}</p>
      </div>
    </section>
  )
}

async function AnnotationsChart({ summary }: { summary: ReviewSummary }) {
  const t = await getTranslations('review')
  const tMqm = await getTranslations('reviewMqm')
  const counts = new Map<string, Record<string, number>>()
  for (const annotation of summary.annotations) {
    const entry = counts.get(annotation.category) ?? Object.fromEntries(severities.map((severity) => [severity, 0]))
    entry[annotation.severity]!++
    counts.set(annotation.category, entry)
  }
  // Only the categories used: MQM-Core has fourteen, a review usually touches a few.
  const rows = mqmDimensions.flatMap((group) =>
    group.categories.filter((category) => counts.has(category)).map((category) => ({
      key: category,
      group: tMqm(`dimension.${group.dimension}`),
      label: tMqm(`category.${category}`),
      segments: severities.map((severity) => ({ key: severity, label: tMqm(`severity.${severity}`), value: counts.get(category)?.[severity] ?? 0, colour: severityColours[severity] })),
    })),
  )
  return (
    <StackedBars
      testId="annotations-chart"
      title={t('annotationsChartTitle')}
      rows={rows}
      legend={severities.map((severity) => ({ label: tMqm(`severity.${severity}`), colour: severityColours[severity] }))}
      emptyText={t('annotationsChartEmpty')}
    />
  )
}
