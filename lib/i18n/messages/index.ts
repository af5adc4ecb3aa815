// The interface messages, one file per feature area and language so that features can add
// their strings without touching each other's files. Namespaces (top-level keys) must not
// repeat across files: messages.test.ts checks that, and that German has every English key.
import deAligner from './de/aligner.json'
import deCore from './de/core.json'
import deEditor from './de/editor.json'
import deFormats from './de/formats.json'
import deReview from './de/review.json'
import deSecurity from './de/security.json'
import enAligner from './en/aligner.json'
import enCore from './en/core.json'
import enEditor from './en/editor.json'
import enFormats from './en/formats.json'
import enReview from './en/review.json'
import enSecurity from './en/security.json'
import type { Locale } from '../locales'

type Messages = Record<string, unknown>

export const messageFiles: Record<Locale, Record<string, Messages>> = {
  en: { aligner: enAligner, core: enCore, editor: enEditor, formats: enFormats, review: enReview, security: enSecurity },
  de: { aligner: deAligner, core: deCore, editor: deEditor, formats: deFormats, review: deReview, security: deSecurity },
}

function merge(files: Record<string, Messages>): Messages {
  return Object.assign({}, ...Object.values(files)) as Messages
}

export const messages: Record<Locale, Messages> = { en: merge(messageFiles.en), de: merge(messageFiles.de) }
