'use client'
import { useFormatter, useTranslations } from 'next-intl'
import { defaultImportLimits } from '@/lib/formats/limits'
import type { StreamError } from '../../../_components/read-ndjson'
import { localizeError, useCodedMessage } from '../../../_components/use-coded-message'
import { useErrorMessage } from '../../../_components/use-error-message'

const importReasons = new Set(['TOO_LARGE', 'TOO_MANY_PARAGRAPHS', 'BINARY', 'BAD_ENCODING', 'MALFORMED_XML', 'UNSUPPORTED', 'EMPTY', 'INVALID'])

/** A warning of the import in the interface language. */
export function useImportMessage() {
  return useCodedMessage('importMessages')
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
    const localizedError = localizeError(error, localized)
    const reason = localizedError && 'details' in localizedError ? localizedError.details?.reason : undefined
    if (typeof reason === 'string' && importReasons.has(reason)) return `${t(reason)} ${localizedError!.message}`
    return generic(localizedError)
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
