'use client'
import { useTranslations } from 'next-intl'
import type { ImportMessageParams } from '@/lib/formats/import-message'
import type { StreamError } from './read-ndjson'

/** What the server sends of a coded message (lib/formats/import-message.ts): code, params and the English sentence. */
type ServerMessage = { code?: unknown; params?: unknown; message: string }

/**
 * A coded message from the server in the interface language, through the namespace that
 * holds its codes; a code this client does not know (an older bundle, a newer server) falls
 * back to the server's English sentence.
 */
export function useCodedMessage(namespace: 'importMessages' | 'exportMessages') {
  const t = useTranslations(namespace)
  return ({ code, params, message }: ServerMessage): string => {
    if (typeof code !== 'string' || !t.has(code)) return message
    return t(code, typeof params === 'object' && params !== null ? (params as ImportMessageParams) : {})
  }
}

/** The error with its message in the interface language when its details carry a code. */
export function localizeError(error: StreamError | null | undefined, render: (message: ServerMessage) => string): StreamError | null | undefined {
  const details = error && 'details' in error ? error.details : undefined
  if (!error || !details) return error
  return { ...error, message: render({ code: details.code, params: details.params, message: error.message }) } as StreamError
}
