'use client'
import clsx from 'clsx'
import { Check, MessageSquare, Tag, ThumbsDown, TriangleAlert, Wrench, type LucideIcon } from 'lucide-react'
import { useTranslations } from 'next-intl'
import type { BeadFacts } from '@/lib/editing/review-layer'
import { unresolvedCount } from '@/lib/editing/review-layer'
import type { ReviewStatus } from '@/lib/generated/prisma/enums'

const STATUS_ICON: Partial<Record<ReviewStatus, [LucideIcon, string]>> = {
  APPROVED: [Check, 'text-good'],
  NEEDS_WORK: [Wrench, 'text-warn'],
  REJECTED: [ThumbsDown, 'text-bad'],
}

const SEVERITY_TEXT = { NEUTRAL: 'text-muted', MINOR: 'text-[#9a6700]', MAJOR: 'text-[#bc4c00]', CRITICAL: 'text-bad' } as const
const FINDING_TEXT = { minor: 'text-[#9a6700]', major: 'text-[#bc4c00]', critical: 'text-bad' } as const
const RANK = ['NEUTRAL', 'MINOR', 'MAJOR', 'CRITICAL'] as const

/**
 * A bead's review in its row's gutter, in one line: its status (nothing while unreviewed),
 * open comment threads, annotations still to deal with (coloured by the worst severity), open
 * findings (coloured by the worst). Icons with counts, named for screen readers.
 */
export function ReviewBadges({ status, facts }: { status: ReviewStatus; facts: BeadFacts | null }) {
  const t = useTranslations('reviewEditor.badges')
  const tStatus = useTranslations('reviewStatus.status')
  const statusIcon = STATUS_ICON[status]
  const annotations = unresolvedCount(facts)
  const worst = facts?.annotations.filter((a) => a.status !== 'RESOLVED').reduce((max, a) => Math.max(max, RANK.indexOf(a.severity)), 0) ?? 0
  if (!statusIcon && !facts) return null
  return (
    <div className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-[11px] leading-4 tabular-nums" data-testid="review-badges" data-review-status={status}>
      {statusIcon && (
        <span className={clsx('inline-flex items-center', statusIcon[1])} title={tStatus(status)} data-testid="status-badge">
          {(() => {
            const Icon = statusIcon[0]
            return <Icon size={12} strokeWidth={2.6} aria-hidden />
          })()}
          <span className="sr-only">{tStatus(status)}</span>
        </span>
      )}
      {facts && facts.openThreads > 0 && (
        <Count icon={MessageSquare} count={facts.openThreads} label={t('threads', { count: facts.openThreads })} className="text-accent" testId="thread-count" />
      )}
      {annotations > 0 && <Count icon={Tag} count={annotations} label={t('annotations', { count: annotations })} className={SEVERITY_TEXT[RANK[worst]!]} testId="annotation-count" />}
      {facts && facts.openFindings > 0 && (
        <Count icon={TriangleAlert} count={facts.openFindings} label={t('findings', { count: facts.openFindings })} className={FINDING_TEXT[facts.worstFinding ?? 'minor']} testId="finding-count" />
      )}
    </div>
  )
}

function Count({ icon: Icon, count, label, className, testId }: { icon: LucideIcon; count: number; label: string; className: string; testId: string }) {
  return (
    <span className={clsx('inline-flex items-center gap-px', className)} title={label} data-testid={testId} data-count={count}>
      <Icon size={11} strokeWidth={2.2} aria-hidden />
      <span aria-hidden>{count}</span>
      <span className="sr-only">{label}</span>
    </span>
  )
}
