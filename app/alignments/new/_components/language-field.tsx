'use client'
import { useLocale, useTranslations } from 'next-intl'
import { useId, useMemo } from 'react'
import type { DetectedLanguage } from '@/lib/formats/types'

const COMMON_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'sv', 'tr', 'ar', 'he', 'fa', 'zh', 'ja', 'ko']

export function useLanguageNames() {
  const locale = useLocale()
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale])
  return (tag: string): string => {
    try {
      return names.of(tag) ?? ''
    } catch {
      return ''
    }
  }
}

/**
 * A BCP-47 language tag with its name, what detection says about the text, and a hint when
 * the text looks like another language than the one chosen (the user always decides).
 */
export function LanguageField({
  name,
  label,
  value,
  detected,
  hasText,
  showSide = false,
  onChange,
}: {
  name: string
  label: string
  /** Name the side in front of the field (where no heading above says which side it is). */
  showSide?: boolean
  value: string
  detected: DetectedLanguage | null
  hasText: boolean
  onChange: (tag: string) => void
}) {
  const t = useTranslations('imports.language')
  const languageName = useLanguageNames()
  const id = useId()
  const primary = (tag: string) => tag.toLowerCase().split('-')[0]
  const disagrees = detected && primary(detected.tag) !== primary(value)
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <label className="flex items-center gap-1">
        <span className="text-muted">{showSide ? t('ofVisible', { side: label }) : t('label')}</span>
        <input
          name={`${name}Language`}
          aria-label={t('of', { side: label })}
          list={`${id}-languages`}
          className="w-24 rounded border border-line px-1.5 py-0.5 font-mono text-xs"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required
          aria-describedby={`${id}-hint`}
        />
      </label>
      <datalist id={`${id}-languages`}>
        {COMMON_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </datalist>
      <span id={`${id}-hint`} className="text-xs text-muted" data-testid={`${name}-language-hint`}>
        {languageName(value)}
        {hasText && !detected && <> · {t('notDetected')}</>}
        {detected && !disagrees && <> · {t('detected', { percent: Math.round(detected.confidence * 100) })}</>}
      </span>
      {disagrees && (
        <span className="flex items-center gap-1 text-xs text-warn" role="status">
          {t('looksLike', { language: languageName(detected.tag) || detected.tag })}
          <button type="button" className="rounded border border-warn/40 px-1 hover:bg-warn/10" onClick={() => onChange(detected.tag)}>
            {t('use', { tag: detected.tag })}
          </button>
        </span>
      )}
    </div>
  )
}
