import { describe, expect, it } from 'vitest'
import { textDirection } from './direction'

describe('textDirection', () => {
  it.each([
    ['en', 'ltr'],
    ['de-CH', 'ltr'],
    ['zh-Hans', 'ltr'],
    ['ar', 'rtl'],
    ['ar-MA', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['az-Arab', 'rtl'],
    ['ar-Latn', 'ltr'],
    ['not a tag', 'ltr'],
  ])('%s is %s', (tag, direction) => {
    expect(textDirection(tag)).toBe(direction)
  })
})
