// The interface messages, one file per feature area and language so that features can add
// their strings without touching each other's files. Namespaces (top-level keys) must not
// repeat across files: messages.test.ts checks that, and that German has every English key.
import deCore from './de/core.json'
import deEditor from './de/editor.json'
import enCore from './en/core.json'
import enEditor from './en/editor.json'
import type { Locale } from '../locales'

type Messages = Record<string, unknown>

export const messageFiles: Record<Locale, Record<string, Messages>> = {
  en: { core: enCore, editor: enEditor },
  de: { core: deCore, editor: deEditor },
}

function merge(files: Record<string, Messages>): Messages {
  return Object.assign({}, ...Object.values(files)) as Messages
}

export const messages: Record<Locale, Messages> = { en: merge(messageFiles.en), de: merge(messageFiles.de) }
