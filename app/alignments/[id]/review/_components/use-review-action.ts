'use client'
import { useCallback, useState } from 'react'
import type { StreamError } from '@/app/_components/read-ndjson'
import { useErrorMessage } from '@/app/_components/use-error-message'

/**
 * Runs one review request at a time for a control: `busy` while it runs, `error` as a
 * sentence in the interface language when it fails (nothing else changes then).
 */
export function useReviewAction() {
  const errorMessage = useErrorMessage()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true)
      setError(null)
      try {
        return await action()
      } catch (caught) {
        setError(errorMessage(caught as StreamError))
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [errorMessage],
  )
  return { run, busy, error, clearError: () => setError(null) }
}
