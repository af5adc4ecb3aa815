import { describe, expect, it } from 'vitest'
import { locales } from './locales'
import { messageFiles, messages } from './messages'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

describe('interface messages', () => {
  it('every language has the same files', () => {
    for (const locale of locales) expect(Object.keys(messageFiles[locale]).sort()).toEqual(Object.keys(messageFiles.en).sort())
  })

  it('no namespace is defined in two files', () => {
    for (const locale of locales) {
      const namespaces = Object.values(messageFiles[locale]).flatMap((file) => Object.keys(file))
      expect(namespaces.length).toBe(new Set(namespaces).size)
    }
  })

  it('German has exactly the English keys', () => {
    expect(keys(messages.de).sort()).toEqual(keys(messages.en).sort())
  })

  it('no message is empty', () => {
    for (const locale of locales) {
      for (const key of keys(messages[locale])) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale])
        expect(typeof value === 'string' && value.trim().length > 0, `${locale}: ${key} is empty`).toBe(true)
      }
    }
  })
})
