'use client'
import { ArrowRight, MessageSquare } from 'lucide-react'
import { useFormatter, useNow, useTranslations } from 'next-intl'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { FormError } from '@/app/_components/form'
import type { StreamError } from '@/app/_components/read-ndjson'
import { useErrorMessage } from '@/app/_components/use-error-message'
import type { ThreadView } from '@/lib/comments/thread-view'
import { CommentThread, StartThreadForm } from '../../review/_components/comment-thread'
import type { ReviewApi } from '../../review/_components/review-api'

type Loaded<T> = { key: string; items: T[] | null; error: string | null }

/** Reads a list when `key` changes (another bead, a new review stamp), keeping the last one on screen meanwhile. */
function useList<T>(key: string, load: () => Promise<T[]>, isActive: boolean) {
  const errorMessage = useErrorMessage()
  const [state, setState] = useState<Loaded<T>>({ key: '', items: null, error: null })
  const latest = useRef(load)
  useEffect(() => {
    latest.current = load
  })
  useEffect(() => {
    if (!isActive) return
    let isCancelled = false
    latest.current().then(
      (items) => !isCancelled && setState({ key, items, error: null }),
      (error: StreamError) => !isCancelled && setState((current) => ({ ...current, key, error: errorMessage(error) })),
    )
    return () => {
      isCancelled = true
    }
  }, [key, isActive, errorMessage])
  return { ...state, isStale: state.key !== key, set: (items: T[]) => setState({ key, items, error: null }) }
}

/**
 * The Comments tab: the threads of the bead under the cursor (reply, edit and delete one's own,
 * resolve, reopen) and a new thread on the paragraph under the cursor.
 */
export function CommentsPanel({
  api,
  beadId,
  beadNumber,
  anchor,
  refreshKey,
  currentUserId,
  canComment,
  isActive,
  newComment,
  onChanged,
  onEscape,
}: {
  api: ReviewApi
  beadId: number
  beadNumber: number
  /** The paragraph under the cursor, where a new thread hangs. */
  anchor: { side: 'source' | 'target'; position: number } | null
  /** Changes whenever the threads may have changed (the review stamp, the version). */
  refreshKey: string
  currentUserId: string
  canComment: boolean
  isActive: boolean
  newComment: RefObject<HTMLTextAreaElement | null>
  onChanged: () => void
  onEscape: () => void
}) {
  const t = useTranslations('reviewEditor.comments')
  const list = useList<ThreadView>(`${beadId}|${refreshKey}`, () => api.threads('all', beadId), isActive)
  const threads = list.items ?? []
  const replace = (thread: ThreadView, next: ThreadView | null) => {
    list.set(next ? threads.map((item) => (item.id === thread.id ? next : item)) : threads.filter((item) => item.id !== thread.id))
    onChanged()
  }
  return (
    <div className="space-y-3" data-testid="bead-comments">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('heading', { number: beadNumber })}</h2>
      <FormError message={list.error} />
      {list.items === null && !list.error && <p className="text-xs text-muted">{t('loading')}</p>}
      {list.items !== null && threads.length === 0 && <p className="text-xs text-muted">{t('none')}</p>}
      {threads.map((thread) => (
        <CommentThread key={thread.id} alignmentId={api.alignmentId} thread={thread} currentUserId={currentUserId} canComment={canComment} onChange={(next) => replace(thread, next)} onEscape={onEscape} />
      ))}
      {canComment && (
        <section aria-label={t('newThread')} className="space-y-1">
          <h3 className="text-xs font-medium text-muted">{anchor ? t(anchor.side === 'source' ? 'newOnSource' : 'newOnTarget', { number: anchor.position + 1 }) : t('newThread')}</h3>
          <StartThreadForm
            key={beadId}
            alignmentId={api.alignmentId}
            beadId={beadId}
            anchor={anchor ?? undefined}
            textareaRef={newComment}
            onEscape={onEscape}
            onCreated={(thread) => {
              list.set([...threads, thread])
              onChanged()
            }}
          />
        </section>
      )}
    </div>
  )
}

/** The Threads tab: every open thread of the alignment, each jumping to its bead. */
export function OpenThreadsPanel({ api, refreshKey, isActive, onJump }: { api: ReviewApi; refreshKey: string; isActive: boolean; onJump: (beadId: number) => void }) {
  const t = useTranslations('reviewEditor.threads')
  const tThreads = useTranslations('reviewThreads')
  const format = useFormatter()
  const now = useNow({ updateInterval: 60_000 })
  const list = useList<ThreadView>(refreshKey, () => api.threads('open'), isActive)
  return (
    <div className="space-y-2" data-testid="open-threads-panel">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('heading', { count: list.items?.length ?? 0 })}</h2>
      <FormError message={list.error} />
      {list.items === null && !list.error && <p className="text-xs text-muted">{t('loading')}</p>}
      {list.items?.length === 0 && <p className="text-xs text-muted">{tThreads('noneOpen')}</p>}
      <ul className="space-y-1.5">
        {list.items?.map((thread) => {
          const [first, ...replies] = thread.comments
          return (
            <li key={thread.id}>
              <button
                type="button"
                className="group w-full rounded border border-line px-2 py-1.5 text-left text-xs hover:border-accent hover:bg-[#f6faff] focus-visible:border-accent"
                onClick={() => onJump(thread.beadId)}
                data-testid="open-thread"
              >
                <span className="flex items-center gap-1 text-muted">
                  <MessageSquare size={12} aria-hidden />
                  <span className="font-medium text-ink">{tThreads('onBead', { number: thread.beadNumber })}</span>
                  <span>· {tThreads(thread.anchor.side === 'source' ? 'anchorSource' : 'anchorTarget', { number: thread.anchor.position + 1 })}</span>
                  <ArrowRight size={12} className="ml-auto opacity-0 group-hover:opacity-100" aria-hidden />
                </span>
                {first && (
                  <span className="mt-0.5 block">
                    <span className="font-medium">{first.isDeleted ? tThreads('deletedAuthor') : first.authorName}</span>
                    <span className="text-muted"> · {format.relativeTime(new Date(first.createdAt), now)}</span>
                    <span className="mt-0.5 line-clamp-2 block text-ink">{first.body ?? tThreads('deleted')}</span>
                  </span>
                )}
                {replies.length > 0 && <span className="mt-0.5 block text-muted">{t('replies', { count: replies.length })}</span>}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
