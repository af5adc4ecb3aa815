'use client'
import clsx from 'clsx'
import { CheckCircle2, CornerDownRight, MessageSquare, Pencil, RotateCcw, Trash2 } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'
import Link from 'next/link'
import { useId, useState, type Ref } from 'react'
import { Button, FormError } from '@/app/_components/form'
import type { ThreadView } from '@/lib/comments/thread-view'
import { reviewApi } from './review-api'
import { useReviewAction } from './use-review-action'

export type CommentThreadProps = {
  alignmentId: number
  thread: ThreadView
  currentUserId: string
  canComment: boolean
  /** Where "bead N" links to (the editor honours `?bead=`); no link when left out. */
  beadHref?: string
  /** The thread after a change, or null when its last comment was deleted. */
  onChange: (thread: ThreadView | null) => void
  /** Escape in the reply field. */
  onEscape?: () => void
}

/**
 * A comment thread with reply, edit and delete (own comments), resolve and reopen. Controlled:
 * the parent holds the thread and gets the new one from `onChange`.
 */
export function CommentThread({ alignmentId, thread, currentUserId, canComment, beadHref, onChange, onEscape }: CommentThreadProps) {
  const t = useTranslations('reviewThreads')
  const format = useFormatter()
  const api = reviewApi(alignmentId)
  const action = useReviewAction()
  const [editing, setEditing] = useState<number | null>(null)
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null)
  const headingId = useId()

  const apply = async (request: () => Promise<ThreadView | null>) => {
    const next = await action.run(request)
    if (next !== undefined) {
      setEditing(null)
      setConfirmDelete(null)
      onChange(next)
    }
    return next !== undefined
  }

  return (
    <article aria-labelledby={headingId} className={clsx('rounded border border-line bg-white', thread.isResolved && 'opacity-80')} data-testid="comment-thread" data-thread-id={thread.id}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-line bg-panel px-3 py-1.5 text-xs">
        <h3 id={headingId} className="flex items-center gap-1 font-medium text-ink">
          <MessageSquare size={13} aria-hidden />
          {beadHref ? (
            <Link href={beadHref} className="text-accent hover:underline">
              {t('onBead', { number: thread.beadNumber })}
            </Link>
          ) : (
            t('onBead', { number: thread.beadNumber })
          )}
        </h3>
        <span className="min-w-0 flex-1 truncate text-muted" title={thread.anchor.excerpt}>
          {t(thread.anchor.side === 'source' ? 'anchorSource' : 'anchorTarget', { number: thread.anchor.position + 1 })}: {thread.anchor.excerpt}
        </span>
        {thread.isResolved && (
          <span className="inline-flex items-center gap-1 text-good" data-testid="thread-resolved">
            <CheckCircle2 size={13} aria-hidden />
            {thread.resolvedByName ? t('resolvedBy', { name: thread.resolvedByName }) : t('resolved')}
          </span>
        )}
      </header>
      <ol className="divide-y divide-line">
        {thread.comments.map((comment, index) => (
          <li key={comment.id} className={clsx('px-3 py-2', index > 0 && 'pl-7')} data-testid="comment">
            <div className="mb-0.5 flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
              {index > 0 && <CornerDownRight size={12} aria-hidden className="-ml-4" />}
              <span className="font-medium text-ink">{comment.isDeleted ? t('deletedAuthor') : comment.authorName}</span>
              <time dateTime={comment.createdAt}>{format.dateTime(new Date(comment.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
              {comment.isEdited && <span>{t('edited')}</span>}
              {canComment && !comment.isDeleted && comment.authorId === currentUserId && editing !== comment.id && (
                <span className="ml-auto flex gap-2">
                  <button type="button" className="inline-flex items-center gap-1 hover:text-ink" onClick={() => setEditing(comment.id)} aria-label={t('editLabel')}>
                    <Pencil size={12} aria-hidden /> {t('edit')}
                  </button>
                  {confirmDelete === comment.id ? (
                    <span className="flex gap-2" role="group" aria-label={t('deleteConfirm')}>
                      <span className="text-bad">{t('deleteConfirm')}</span>
                      <button type="button" className="font-medium text-bad hover:underline" disabled={action.busy} onClick={() => apply(async () => (await api.deleteComment(comment.id)).thread)}>
                        {t('deleteYes')}
                      </button>
                      <button type="button" className="hover:text-ink" onClick={() => setConfirmDelete(null)}>
                        {t('cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="inline-flex items-center gap-1 hover:text-bad" onClick={() => setConfirmDelete(comment.id)} aria-label={t('deleteLabel')}>
                      <Trash2 size={12} aria-hidden /> {t('delete')}
                    </button>
                  )}
                </span>
              )}
            </div>
            {editing === comment.id ? (
              <CommentForm
                initial={comment.body ?? ''}
                label={t('editLabel')}
                submitLabel={t('save')}
                busy={action.busy}
                onCancel={() => setEditing(null)}
                onSubmit={(body) => apply(() => api.editComment(comment.id, body))}
              />
            ) : comment.isDeleted ? (
              <p className="text-sm italic text-muted">{t('deleted')}</p>
            ) : (
              <p className="whitespace-pre-wrap break-words text-sm">{comment.body}</p>
            )}
          </li>
        ))}
      </ol>
      {canComment && (
        <footer className="space-y-2 border-t border-line px-3 py-2">
          {!thread.isResolved && (
            <CommentForm label={t('replyLabel')} placeholder={t('replyPlaceholder')} submitLabel={t('reply')} busy={action.busy} onSubmit={(body) => apply(() => api.reply(thread.id, body))} compact onEscape={onEscape} />
          )}
          <div className="flex items-center gap-2">
            {thread.isResolved ? (
              <Button variant="plain" disabled={action.busy} onClick={() => apply(() => api.reopenThread(thread.id))}>
                <RotateCcw size={14} aria-hidden /> {t('reopen')}
              </Button>
            ) : (
              <Button variant="plain" disabled={action.busy} onClick={() => apply(() => api.resolveThread(thread.id))}>
                <CheckCircle2 size={14} aria-hidden /> {t('resolve')}
              </Button>
            )}
          </div>
          <FormError message={action.error} />
        </footer>
      )}
    </article>
  )
}

/** A text field for a comment; Ctrl+Enter (⌘+Enter) sends it. */
export function CommentForm({
  initial = '',
  label,
  placeholder,
  submitLabel,
  busy,
  compact,
  onSubmit,
  onCancel,
  onEscape,
  textareaRef,
}: {
  initial?: string
  label: string
  placeholder?: string
  submitLabel: string
  busy: boolean
  compact?: boolean
  onSubmit: (body: string) => Promise<boolean>
  onCancel?: () => void
  /** Escape in the field (the editor sends the keyboard back to its list). */
  onEscape?: () => void
  textareaRef?: Ref<HTMLTextAreaElement>
}) {
  const t = useTranslations('reviewThreads')
  const [body, setBody] = useState(initial)
  const id = useId()
  const submit = async () => {
    if (!body.trim() || busy) return
    if (await onSubmit(body)) setBody('')
  }
  return (
    <form
      className="space-y-1.5"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <textarea
        ref={textareaRef}
        id={id}
        value={body}
        placeholder={placeholder}
        rows={compact ? 2 : 3}
        maxLength={20_000}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void submit()
          }
          if (event.key === 'Escape' && onCancel) onCancel()
          else if (event.key === 'Escape' && onEscape) {
            event.preventDefault()
            onEscape()
          }
        }}
        className="w-full rounded border border-line px-2 py-1.5 text-sm focus:border-accent"
      />
      <div className="flex items-center gap-2">
        <Button type="submit" disabled={busy || !body.trim()}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="plain" onClick={onCancel}>
            {t('cancel')}
          </Button>
        )}
        <span className="text-xs text-muted">{t('sendHint')}</span>
      </div>
    </form>
  )
}

/** Starts a thread on a bead (anchored on the paragraph given, else its first one). */
export function StartThreadForm({
  alignmentId,
  beadId,
  anchor,
  onCreated,
  textareaRef,
  onEscape,
}: {
  alignmentId: number
  beadId: number
  anchor?: { side: 'source' | 'target'; position: number }
  onCreated: (thread: ThreadView) => void
  textareaRef?: Ref<HTMLTextAreaElement>
  onEscape?: () => void
}) {
  const t = useTranslations('reviewThreads')
  const action = useReviewAction()
  return (
    <div className="space-y-1.5">
      <CommentForm
        label={t('newLabel')}
        placeholder={t('newPlaceholder')}
        submitLabel={t('start')}
        busy={action.busy}
        textareaRef={textareaRef}
        onEscape={onEscape}
        onSubmit={async (body) => {
          const thread = await action.run(() => reviewApi(alignmentId).startThread({ beadId, body, anchor }))
          if (thread) onCreated(thread)
          return Boolean(thread)
        }}
      />
      <FormError message={action.error} />
    </div>
  )
}
