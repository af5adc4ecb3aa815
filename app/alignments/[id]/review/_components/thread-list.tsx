'use client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { ThreadView } from '@/lib/comments/thread-view'
import { CommentThread } from './comment-thread'

/** The open threads of the alignment, each linking to its bead; resolving one takes it off the list. */
export function ThreadList({ alignmentId, threads, currentUserId, canComment }: { alignmentId: number; threads: ThreadView[]; currentUserId: string; canComment: boolean }) {
  const t = useTranslations('reviewThreads')
  const router = useRouter()
  const [shown, setShown] = useState(threads)
  const [seen, setSeen] = useState(threads)
  // New data from the server (router.refresh after a change elsewhere on the page) replaces ours.
  if (threads !== seen) {
    setSeen(threads)
    setShown(threads)
  }
  if (shown.length === 0) return <p className="text-sm text-muted">{t('noneOpen')}</p>
  return (
    <ul className="space-y-3" data-testid="open-threads">
      {shown.map((thread) => (
        <li key={thread.id}>
          <CommentThread
            alignmentId={alignmentId}
            thread={thread}
            currentUserId={currentUserId}
            canComment={canComment}
            beadHref={`/alignments/${alignmentId}?bead=${thread.beadId}`}
            onChange={(next) => {
              setShown((list) => (next ? list.map((item) => (item.id === thread.id ? next : item)) : list.filter((item) => item.id !== thread.id)))
              router.refresh()
            }}
          />
        </li>
      ))}
    </ul>
  )
}
