// Every reason the aligner gives has a message in every interface language, and each message
// renders the reason's parameters (the app shows reasons through these messages).
import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import { locales } from '../i18n/locales'
import { messages } from '../i18n/messages'
import { editPair, handbookChapter } from './edit-pair.testing'
import { align, realign, REASON_CODES, type Reason } from './index'

const chapter = handbookChapter()

/** Reasons of every kind, from a chapter with every kind of edit and one confirmed bead. */
function sampleReasons(): Reason[] {
  const pair = editPair(chapter.source, chapter.target, [
    { op: 'merge', at: 18 },
    { op: 'split', at: 24 },
    { op: 'drop', at: 30 },
    { op: 'add', at: 40, text: 'Übersetzt vom Team.' },
    { op: 'move', at: 50 },
  ])
  const target = [...pair.target]
  target[60] = target[60].replace(/\d+/g, '42') + ' Ein ganz anderer, zusätzlicher Satz steht hier noch dazu.'
  const reasons = [...align(pair.source, target), ...realign(pair.source, pair.target, [pair.gold[0]])].flatMap((b) => b.reasons)
  reasons.push({ code: 'many-to-many', params: { sourceCount: 2, targetCount: 2 } }, { code: 'names-missing', params: { tokens: 'dpkg, apt' } }, { code: 'close-alternative', params: { confidence: 0.42 } })
  return reasons
}

describe('reason messages', () => {
  it.each(locales)('has a message for every reason code in %s', (locale) => {
    const table = messages[locale].alignerReasons as Record<string, string>
    expect(Object.keys(table).sort()).toEqual([...REASON_CODES].sort())
  })

  it.each(locales)('renders every reason the aligner gives in %s, parameters filled in', (locale) => {
    // The message files are untyped JSON, so next-intl cannot know the keys: the check is this test.
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'alignerReasons' }) as unknown as (key: string, params: Reason['params']) => string
    const reasons = sampleReasons()
    expect(new Set(reasons.map((r) => r.code)).size).toBeGreaterThanOrEqual(8)
    for (const reason of reasons) {
      const text = t(reason.code, reason.params)
      expect(text).not.toMatch(/[{}]/)
      for (const value of Object.values(reason.params)) {
        if (reason.code === 'no-counterpart') continue
        // Numbers in the interface language's format: "2,4" and "42 %" in German.
        const shown =
          typeof value === 'number' && reason.code === 'close-alternative'
            ? new Intl.NumberFormat(locale, { style: 'percent' }).format(value)
            : typeof value === 'number'
              ? new Intl.NumberFormat(locale).format(value)
              : value
        expect(text).toContain(shown)
      }
    }
  })
})
