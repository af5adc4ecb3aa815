import { describe, expect, it } from 'vitest'
import { negotiateLocale } from './negotiate-locale'

describe('negotiateLocale', () => {
  it.each([
    [undefined, null, 'en'],
    [undefined, 'de-DE,de;q=0.9,en;q=0.8', 'de'],
    [undefined, 'en-US,en;q=0.9,de;q=0.8', 'en'],
    [undefined, 'fr-FR,fr;q=0.9,de;q=0.5', 'de'],
    [undefined, 'fr-FR', 'en'],
    ['de', 'en-US', 'de'],
    ['en', 'de-AT', 'en'],
    ['xx', 'de-AT', 'de'],
    [undefined, ';;;q=garbage,,', 'en'],
  ])('cookie %s, Accept-Language %s -> %s', (cookie, header, expected) => {
    expect(negotiateLocale(cookie, header)).toBe(expected)
  })
})
