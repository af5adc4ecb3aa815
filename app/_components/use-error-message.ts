'use client'
import { useTranslations } from 'next-intl'
import type { StreamError } from './read-ndjson'

/**
 * Turns an error body into a sentence in the interface language. Codes have translated
 * sentences; for invalid input the server's message names the field and the problem.
 */
export function useErrorMessage() {
  const t = useTranslations('errors')
  return (error: StreamError | null | undefined): string => {
    if (!error) return t('INTERNAL')
    switch (error.code) {
      case 'INVALID_INPUT':
      case 'TOO_LARGE':
      case 'CONFLICT':
        return `${t(error.code)} ${error.message}`
      case 'NOT_FOUND':
      case 'FORBIDDEN':
      case 'UNAUTHENTICATED':
      case 'NETWORK':
      case 'INTERNAL':
        return t(error.code)
      default:
        return t('INTERNAL')
    }
  }
}
