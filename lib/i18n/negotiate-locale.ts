import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'
import { defaultLocale, isLocale, locales, type Locale } from './locales'

/** The interface language: the user's explicit choice (cookie), else the browser's preference. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages()
  try {
    const matched = match(requested, locales, defaultLocale)
    return isLocale(matched) ? matched : defaultLocale
  } catch {
    // Malformed tags in the header: fall back rather than fail the page.
    return defaultLocale
  }
}
