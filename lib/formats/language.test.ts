import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { canonicalLanguageTag, detectLanguage } from './language'
import { evalPairFiles } from './test-support/fixtures'

test.each(evalPairFiles())('detects both languages of %s', (file) => {
  const pair = JSON.parse(readFileSync(file, 'utf8')) as { source_lang: string; target_lang: string; source: string[]; target: string[] }
  expect(detectLanguage(pair.source.join('\n'))?.tag).toBe(pair.source_lang)
  expect(detectLanguage(pair.target.join('\n'))?.tag).toBe(pair.target_lang)
})

test.each([
  ['short text', 'Bonjour tout le monde'],
  ['digits only', '12 345 678 90 12 345 678 90 12 345 678 90'],
  ['empty text', ''],
])('is unsure about %s', (_name, text) => {
  expect(detectLanguage(text)).toBeNull()
})

test('reports a confidence between 0 and 1', () => {
  const detected = detectLanguage('Für einen Administrator ist die wichtigste Fähigkeit, mit jeder Situation umgehen zu können.')
  expect(detected?.tag).toBe('de')
  expect(detected?.confidence).toBeGreaterThan(0.1)
  expect(detected?.confidence).toBeLessThanOrEqual(1)
})

test.each([
  ['en-us', 'en-US'],
  ['EN_gb', 'en-GB'],
  ['zh-hans-cn', 'zh-Hans-CN'],
  ['not a tag!', null],
  ['', null],
])('canonicalLanguageTag(%j) is %j', (tag, canonical) => {
  expect(canonicalLanguageTag(tag)).toBe(canonical)
})
