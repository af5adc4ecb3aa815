'use client'
import { useLocale, useTranslations } from 'next-intl'
import type { Finding } from '@/lib/checks'

/** The sentence for a finding in the interface language, from its check and params. */
export function useFindingMessage() {
  const t = useTranslations('reviewFindings')
  const locale = useLocale()
  const languages = new Intl.DisplayNames([locale], { type: 'language' })
  return (finding: Pick<Finding, 'check' | 'params'>): string => {
    const { params } = finding
    const text = (value: unknown) => (value === undefined || value === '' ? '—' : String(value))
    switch (finding.check) {
      case 'untranslated':
        return params.kind === 'identical' ? t('message.untranslatedIdentical') : t('message.untranslatedPartial', { words: Number(params.words) })
      case 'wrong-language':
        return t('message.wrong-language', { language: languages.of(String(params.language)) ?? String(params.language) })
      case 'length-ratio':
        return t(params.direction === 'longer' ? 'message.lengthLonger' : 'message.lengthShorter', { relative: Number(params.relative) })
      case 'empty-source':
      case 'empty-target':
        return t(`message.${finding.check}`, { paragraphs: Number(params.paragraphs) })
      case 'brackets':
      case 'quotes':
        return t(`message.${finding.check}`, { source: text(params.source), target: text(params.target) }) + (params.unbalanced !== 'none' ? ` ${t(`unbalanced.${String(params.unbalanced)}`)}` : '')
      default:
        return t(`message.${finding.check}`, { source: text(params.source), target: text(params.target) })
    }
  }
}
