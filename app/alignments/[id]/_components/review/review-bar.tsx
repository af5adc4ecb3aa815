'use client'
import clsx from 'clsx'
import { Check, ChevronDown, Filter, MessageSquare, MessageSquarePlus, RotateCcw, Tag, ThumbsDown, Wrench, X, type LucideIcon } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'
import { DropdownMenu } from 'radix-ui'
import type { ReactNode } from 'react'
import { mqmDimensions } from '@/lib/annotations/mqm'
import { checkCodes } from '@/lib/checks'
import type { CommandId } from '@/lib/editing/keymap'
import { isFiltering, noFilter, type ReviewFilter } from '@/lib/editing/review-filter'
import { severities } from '@/lib/quality/severities'
import { reviewStatuses } from '@/lib/reviews/review-transitions'
import { ToolButton, ToolGroup, type CommandState } from '../editor-toolbar'

export type ReviewCounts = {
  statuses: Record<string, number>
  /** Beads with open findings, by check and in all. */
  findingBeads: Record<string, number>
  findingBeadsTotal: number
}

const ACTIONS: [CommandId, LucideIcon, string][] = [
  ['review.approve', Check, 'approve'],
  ['review.requestChanges', Wrench, 'requestChanges'],
  ['review.reject', ThumbsDown, 'reject'],
  ['review.reopen', RotateCcw, 'reopen'],
]

const itemClass = 'flex cursor-default select-none items-center gap-2 rounded px-2 py-1 outline-none data-[disabled]:opacity-50 data-[highlighted]:bg-[#eef4fc]'

/**
 * The reviewer's bar under the editing toolbar: filters of the bead list (status, the MQM
 * category and severity of annotations, open findings, open threads) and the review status of
 * the bead under the cursor or the selection.
 */
export function ReviewBar({
  filter,
  onFilter,
  shown,
  total,
  counts,
  selected,
  handlers,
  isMac,
  onMenuClosed,
  findingsLoading,
}: {
  filter: ReviewFilter
  onFilter: (filter: ReviewFilter) => void
  shown: number
  total: number
  counts: ReviewCounts
  /** How many beads are selected (0 or 1: the bead under the cursor is meant). */
  selected: number
  handlers: Record<CommandId, CommandState>
  isMac: boolean
  /** A filter menu closed: the keyboard goes back to the list. */
  onMenuClosed: () => void
  findingsLoading: boolean
}) {
  const t = useTranslations('reviewEditor')
  const tStatus = useTranslations('reviewStatus')
  const tMqm = useTranslations('reviewMqm')
  const tFindings = useTranslations('reviewFindings')
  const format = useFormatter()
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value])
  const isOn = isFiltering(filter)
  return (
    <div className="flex flex-wrap items-center gap-1.5 border-b border-line bg-white px-3 py-1 text-[13px]" data-testid="review-bar" role="group" aria-label={t('barLabel')}>
      <Filter size={13} className="text-muted" aria-hidden />
      <span className="text-xs text-muted">{t('filter.label')}</span>
      <FilterMenu label={t('filter.status')} active={filter.statuses.length} onClosed={onMenuClosed} testId="filter-status">
        {reviewStatuses.map((status) => (
          <Checkbox key={status} checked={filter.statuses.includes(status)} onChange={() => onFilter({ ...filter, statuses: toggle(filter.statuses, status) })} count={counts.statuses[status] ?? 0}>
            {tStatus(`status.${status}`)}
          </Checkbox>
        ))}
      </FilterMenu>
      <FilterMenu label={t('filter.annotations')} active={filter.categories.length + filter.severities.length} onClosed={onMenuClosed} testId="filter-annotations">
        <DropdownMenu.Label className="px-2 pb-0.5 pt-1 text-[11px] font-semibold uppercase tracking-wide text-muted">{t('filter.severity')}</DropdownMenu.Label>
        {severities.map((severity) => (
          <Checkbox key={severity} checked={filter.severities.includes(severity)} onChange={() => onFilter({ ...filter, severities: toggle(filter.severities, severity) })}>
            {tMqm(`severity.${severity}`)}
          </Checkbox>
        ))}
        {mqmDimensions.map((group) => (
          <DropdownMenu.Group key={group.dimension}>
            <DropdownMenu.Separator className="my-1 h-px bg-line" />
            <DropdownMenu.Label className="px-2 pb-0.5 pt-1 text-[11px] font-semibold uppercase tracking-wide text-muted">{tMqm(`dimension.${group.dimension}`)}</DropdownMenu.Label>
            {group.categories.map((category) => (
              <Checkbox key={category} checked={filter.categories.includes(category)} onChange={() => onFilter({ ...filter, categories: toggle(filter.categories, category) })}>
                {tMqm(`category.${category}`)}
              </Checkbox>
            ))}
          </DropdownMenu.Group>
        ))}
      </FilterMenu>
      <FilterMenu label={t('filter.findings')} active={filter.findings === null ? 0 : 1} onClosed={onMenuClosed} testId="filter-findings">
        <DropdownMenu.RadioGroup value={filter.findings ?? ''} onValueChange={(value) => onFilter({ ...filter, findings: value || null })}>
          <Radio value="">{t('filter.noCondition')}</Radio>
          <Radio value="any" count={counts.findingBeadsTotal}>
            {t('filter.anyFinding')}
          </Radio>
          <DropdownMenu.Separator className="my-1 h-px bg-line" />
          {checkCodes.map((check) => (
            <Radio key={check} value={check} count={counts.findingBeads[check] ?? 0} disabled={!counts.findingBeads[check] && filter.findings !== check}>
              {tFindings(`check.${check}`)}
            </Radio>
          ))}
        </DropdownMenu.RadioGroup>
        {findingsLoading && <p className="px-2 py-1 text-xs text-muted">{t('filter.findingsLoading')}</p>}
      </FilterMenu>
      <button
        type="button"
        aria-pressed={filter.hasOpenThreads}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onFilter({ ...filter, hasOpenThreads: !filter.hasOpenThreads })}
        className={clsx('inline-flex h-6 items-center gap-1 rounded border px-1.5 text-xs', filter.hasOpenThreads ? 'border-accent bg-[#eef4fc] text-ink' : 'border-line text-muted hover:text-ink')}
        data-testid="filter-threads"
      >
        <MessageSquare size={12} aria-hidden /> {t('filter.openThreads')}
      </button>
      {isOn && (
        <span className="ml-1 inline-flex items-center gap-1 text-xs" data-testid="filter-summary" aria-live="polite">
          <span className="tabular-nums text-ink">{t('filter.shown', { shown: format.number(shown), total: format.number(total) })}</span>
          <button type="button" className="inline-flex items-center gap-0.5 rounded px-1 text-accent hover:bg-[#eef4fc]" onMouseDown={(event) => event.preventDefault()} onClick={() => onFilter(noFilter)}>
            <X size={12} aria-hidden /> {t('filter.clear')}
          </button>
        </span>
      )}
      <div className="ml-auto flex items-center gap-1.5">
        {selected > 1 && (
          <span className="rounded bg-[#eef4fc] px-1.5 py-0.5 text-xs tabular-nums text-ink" data-testid="selection-count">
            {t('selected', { count: selected })}
          </span>
        )}
        <ToolGroup label={tStatus('groupLabel')}>
          {ACTIONS.map(([id, icon, transition]) => (
            <ToolButton key={id} id={id} icon={icon} state={handlers[id]} isMac={isMac} label={tStatus(`transition.${transition}`)} showLabel />
          ))}
        </ToolGroup>
        <ToolGroup label={t('issuesGroup')}>
          <ToolButton id="review.annotate" icon={Tag} state={handlers['review.annotate']} isMac={isMac} label={t('annotate')} showLabel />
          <ToolButton id="review.comment" icon={MessageSquarePlus} state={handlers['review.comment']} isMac={isMac} label={t('comment')} showLabel />
        </ToolGroup>
      </div>
    </div>
  )
}

function FilterMenu({ label, active, children, onClosed, testId }: { label: string; active: number; children: ReactNode; onClosed: () => void; testId: string }) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className={clsx(
          'inline-flex h-6 items-center gap-1 rounded border px-1.5 text-xs data-[state=open]:bg-panel',
          active > 0 ? 'border-accent bg-[#eef4fc] text-ink' : 'border-line text-muted hover:text-ink',
        )}
        data-testid={testId}
      >
        {label}
        {active > 0 && <span className="rounded-full bg-accent px-1 text-[10px] font-semibold leading-[14px] text-white tabular-nums">{active}</span>}
        <ChevronDown size={12} aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          collisionPadding={8}
          className="z-50 max-h-[min(70vh,34rem)] min-w-52 overflow-auto rounded border border-line bg-white p-1 text-[13px] shadow-lg"
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            onClosed()
          }}
        >
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}

function Checkbox({ checked, onChange, count, children }: { checked: boolean; onChange: () => void; count?: number; children: ReactNode }) {
  return (
    <DropdownMenu.CheckboxItem checked={checked} onCheckedChange={onChange} onSelect={(event) => event.preventDefault()} className={itemClass}>
      <span className="inline-flex w-3.5 justify-center">
        <DropdownMenu.ItemIndicator>
          <Check size={13} aria-hidden />
        </DropdownMenu.ItemIndicator>
      </span>
      <span className="flex-1">{children}</span>
      {count !== undefined && <span className="text-xs tabular-nums text-muted">{count}</span>}
    </DropdownMenu.CheckboxItem>
  )
}

function Radio({ value, count, disabled, children }: { value: string; count?: number; disabled?: boolean; children: ReactNode }) {
  return (
    <DropdownMenu.RadioItem value={value} disabled={disabled} onSelect={(event) => event.preventDefault()} className={itemClass}>
      <span className="inline-flex w-3.5 justify-center">
        <DropdownMenu.ItemIndicator>
          <span className="block h-1.5 w-1.5 rounded-full bg-ink" />
        </DropdownMenu.ItemIndicator>
      </span>
      <span className="flex-1">{children}</span>
      {count !== undefined && <span className="text-xs tabular-nums text-muted">{count}</span>}
    </DropdownMenu.RadioItem>
  )
}
