'use client'
import { useFormatter, useTranslations } from 'next-intl'
import { defaultImportLimits } from '@/lib/formats/limits'
import type { ImportMessage } from '@/lib/formats/import-message'
import type { StreamError } from '../../../_components/read-ndjson'
import { useErrorMessage } from '../../../_components/use-error-message'

const importReasons = new Set(['TOO_LARGE', 'TOO_MANY_PARAGRAPHS', 'BINARY', 'BAD_ENCODING', 'MALFORMED_XML', 'UNSUPPORTED', 'EMPTY', 'INVALID'])

/** What the server sends of a message: a code and params (lib/formats/import-message.ts), and the English sentence. */
type ServerMessage = { code?: unknown; params?: unknown; message: string }

/**
 * A warning or refusal from the import in the interface language: its code through the
 * `importMessages` catalogue; a code this client does not know (an older bundle, a newer
 * server) falls back to the server's English sentence.
 */
export function useImportMessage() {
  const t = useTranslations('importMessages')
  return ({ code, params, message }: ServerMessage): string => {
    if (typeof code !== 'string' || !t.has(code)) return message
    return t(code, typeof params === 'object' && params !== null ? (params as ImportMessage['params']) : {})
  }
}

/**
 * An import refusal in the interface language: the reason (lib/formats/import-error.ts) as
 * a translated headline, then the message, which names the file, the line and column, or
 * the limit.
 */
export function useImportErrorMessage() {
  const t = useTranslations('imports.errors')
  const generic = useErrorMessage()
  const localized = useImportMessage()
  return (error: StreamError | null | undefined): string => {
    const details = error && 'details' in error ? error.details : undefined
    if (!error || !details) return generic(error)
    const message = localized({ code: details.code, params: details.params, message: error.message })
    const reason = details.reason
    if (typeof reason === 'string' && importReasons.has(reason)) return `${t(reason)} ${message}`
    return generic({ ...error, message } as StreamError)
  }
}

/** Checked before uploading: a file over the limit is refused at once, not after minutes of upload. */
export function useFileTooLarge() {
  const t = useTranslations('imports.errors')
  const format = useFormatter()
  const megabytes = (bytes: number) => `${format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`
  return (file: File): string | null => {
    const { maxBytes } = defaultImportLimits
    return file.size > maxBytes ? t('tooLargeFile', { file: file.name, size: megabytes(file.size), limit: megabytes(maxBytes) }) : null
  }
}
