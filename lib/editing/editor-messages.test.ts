// The editor builds message keys from data (command ids, event kinds, reason codes): every key
// it can ask for must exist, in every interface language.
import { describe, expect, it } from 'vitest'
import type { ReasonCode } from '../alignment'
import { UNDOABLE_KINDS } from '../beads/edit-beads'
import { locales } from '../i18n/locales'
import { messages } from '../i18n/messages'
import { commandGroups, commandIds } from './keymap'
import { navigationTargets } from './navigation'

// Typed as a record of every code, so a new reason code of the aligner fails the type check here.
const reasonCodes: Record<ReasonCode, true> = {
  'no-counterpart': true,
  merge: true,
  split: true,
  'many-to-many': true,
  'length-ratio': true,
  'numbers-differ': true,
  'sentence-count': true,
  'names-missing': true,
  'close-alternative': true,
  confirmed: true,
}

const lookup = (locale: (typeof locales)[number], key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[locale])

describe('editor messages', () => {
  const keys = [
    ...commandIds.map((id) => `editor.commands.${id}`),
    ...commandGroups.map((group) => `editor.shortcuts.groups.${group}`),
    ...[...UNDOABLE_KINDS].map((kind) => `editor.kinds.${kind.replace('.', '_')}`),
    ...navigationTargets.map((target) => `editor.errors.noMore.${target}`),
    ...Object.keys(reasonCodes).map((code) => `editor.reasons.${code}`),
    ...['high', 'medium', 'low'].map((band) => `editor.band.${band}`),
  ]
  it.each(locales)('%s has every message the editor builds from data', (locale) => {
    for (const key of keys) expect(typeof lookup(locale, key), `${locale}: ${key}`).toBe('string')
  })
})
