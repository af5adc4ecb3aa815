import type { Metadata } from 'next'
import clsx from 'clsx'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { ArrowLeft, History } from 'lucide-react'
import { z } from 'zod'
import { LABELLED_PARAMS } from '@/lib/audit/describe-event'
import { findAuditEvents, type AuditEvent } from '@/lib/audit/find-audit-events'
import { AppError } from '@/lib/errors'
import { requirePageUser } from '@/lib/session'
import { idSchema, userIdSchema } from '@/lib/validation/common'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const searchSchema = z.object({ before: idSchema.optional().catch(undefined), who: userIdSchema.optional().catch(undefined) })
const messageKey = (kind: string) => kind.replace(/\./g, '_')

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') }
}

export default async function AuditPage({ params, searchParams }: Props) {
  const parsed = idSchema.safeParse((await params).id)
  if (!parsed.success) notFound()
  const alignmentId = parsed.data
  const user = await requirePageUser(`/alignments/${alignmentId}/audit`)
  const search = searchSchema.parse(await searchParams)
  const t = await getTranslations('audit')
  let page: Awaited<ReturnType<typeof findAuditEvents>>
  try {
    page = await findAuditEvents({ userId: user.id, alignmentId, before: search.before, actorId: search.who })
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    if (error instanceof AppError && error.code === 'FORBIDDEN') {
      return (
        <main className="mx-auto max-w-5xl px-4 py-6">
          <h1 className="mb-2 text-xl font-semibold">{t('title')}</h1>
          <p role="alert" className="text-muted">
            {t('forbidden')}
          </p>
          <Link href={`/alignments/${alignmentId}`} className="mt-4 inline-flex items-center gap-1 text-accent hover:underline">
            <ArrowLeft size={14} aria-hidden />
            {t('back')}
          </Link>
        </main>
      )
    }
    throw error
  }
  const query = (extra: Record<string, string | number | undefined>) => {
    const all: Record<string, string | number | undefined> = { who: search.who, ...extra }
    const entries = Object.entries(all).filter((e): e is [string, string | number] => e[1] !== undefined)
    return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : ''
  }
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <Link href={`/alignments/${alignmentId}`} className="mb-3 inline-flex items-center gap-1 text-sm text-accent hover:underline">
        <ArrowLeft size={14} aria-hidden />
        {t('back')}
      </Link>
      <h1 className="flex items-center gap-2 text-xl font-semibold">
        <History size={18} aria-hidden />
        {t('title')}
      </h1>
      <p className="mb-4 text-sm text-muted">{t('intro', { title: page.alignment.title })}</p>
      <form className="mb-3 flex items-end gap-2 text-sm" method="get">
        <label className="block">
          <span className="mb-1 block font-medium">{t('filter')}</span>
          <select name="who" defaultValue={search.who ?? ''} className="rounded border border-line px-2 py-1">
            <option value="">{t('everyone')}</option>
            {page.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-line bg-white px-3 py-1 hover:bg-panel">
          {t('apply')}
        </button>
      </form>
      {page.events.length === 0 ? (
        <p className="text-muted">{t('empty')}</p>
      ) : (
        <table className="w-full border border-line text-sm" data-testid="audit-log">
          <thead className="bg-panel text-left text-xs text-muted">
            <tr>
              <th className="px-3 py-1.5 font-medium">{t('columns.when')}</th>
              <th className="px-3 py-1.5 font-medium">{t('columns.who')}</th>
              <th className="px-3 py-1.5 font-medium">{t('columns.what')}</th>
              <th className="px-3 py-1.5 text-right font-medium">{t('columns.version')}</th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((event) => (
              <AuditRow key={event.id} event={event} />
            ))}
          </tbody>
        </table>
      )}
      <nav className="mt-3 flex gap-4 text-sm">
        {search.before && (
          <Link href={`/alignments/${alignmentId}/audit${query({})}`} className="text-accent hover:underline">
            {t('newest')}
          </Link>
        )}
        {page.nextBefore && (
          <Link href={`/alignments/${alignmentId}/audit${query({ before: page.nextBefore })}`} className="text-accent hover:underline">
            {t('older')}
          </Link>
        )}
      </nav>
    </main>
  )
}

async function AuditRow({ event }: { event: AuditEvent }) {
  const [t, kinds, what, labels, format] = await Promise.all([getTranslations('audit'), getTranslations('auditKinds'), getTranslations('auditWhat'), getTranslations(), getFormatter()])
  const params = { ...event.description.params }
  if (typeof params.what === 'string') params.what = what.has(messageKey(params.what)) ? what(messageKey(params.what)) : what('unknown')
  // Enum names (MQM category, severity, check) in the reader's language; "none" stays for the message's select.
  for (const [name, namespace] of Object.entries(LABELLED_PARAMS)) {
    const value = params[name]
    if (typeof value === 'string' && value !== 'none' && labels.has(`${namespace}.${value}`)) params[name] = labels(`${namespace}.${value}`)
  }
  const key = event.description.key === 'unknown' ? 'unknown' : messageKey(event.description.key)
  return (
    <tr className="border-t border-line align-top" data-testid="audit-row">
      <td className="whitespace-nowrap px-3 py-1.5 tabular-nums">
        <time dateTime={event.at.toISOString()} title={format.dateTime(event.at, { dateStyle: 'full', timeStyle: 'long' })}>
          {format.dateTime(event.at, { dateStyle: 'medium', timeStyle: 'medium' })}
        </time>
      </td>
      <td className="px-3 py-1.5">{event.actor?.name ?? t('system')}</td>
      <td className="px-3 py-1.5">
        <span>{kinds.has(key) ? kinds(key, params) : event.kind}</span>
        {event.isUndone && <span className="ml-2 rounded bg-panel px-1 text-xs text-muted">{t('undone')}</span>}
        {event.revertsVersion !== null && <span className="ml-2 text-xs text-muted">{t('revertsLabel', { version: event.revertsVersion })}</span>}
        {event.details.length > 0 && (
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs">
            {event.details.map((detail) => (
              <div key={detail.label} className="contents">
                <dt className="text-muted">{t(detail.label)}</dt>
                <dd className={clsx('whitespace-pre-wrap break-words', (detail.label === 'quote' || event.kind === 'paragraph.edited') && 'paragraph-text')}>{detail.text}</dd>
              </div>
            ))}
          </dl>
        )}
      </td>
      <td className="px-3 py-1.5 text-right tabular-nums text-muted">{event.version ?? ''}</td>
    </tr>
  )
}
