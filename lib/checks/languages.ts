// What the checks need to know about a language, keyed by the primary subtag of a BCP-47 tag.

export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Han' | 'Japanese' | 'Hangul' | 'Devanagari' | 'Thai'

export type Language = {
  /** Primary subtag, lower case ("de" for "de-CH"). */
  code: string
  /** Region subtag, upper case, or '' ("US" for "en-US"); decides day/month order in "02/05/2026". */
  region: string
  script: Script
  /** ISO 639-3 code as franc-min names it; undefined when franc-min has no model for it. */
  franc?: string
  /** German and Luxembourgish capitalise every noun, so a capital letter says nothing about names. */
  capitalisesNouns: boolean
}

const FRANC_CODES: Record<string, string> = {
  en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', pl: 'pol', cs: 'ces',
  ro: 'ron', hu: 'hun', sv: 'swe', tr: 'tur', id: 'ind', vi: 'vie', ru: 'rus', uk: 'ukr', be: 'bel',
  bg: 'bul', ar: 'arb', fa: 'pes', ur: 'urd', hi: 'hin', mr: 'mar', ne: 'npi', zh: 'cmn', ja: 'jpn',
  ko: 'kor', el: 'ell', he: 'heb', th: 'tha',
}

const SCRIPTS: Record<string, Script> = {
  ru: 'Cyrillic', uk: 'Cyrillic', be: 'Cyrillic', bg: 'Cyrillic', mk: 'Cyrillic', kk: 'Cyrillic', mn: 'Cyrillic',
  el: 'Greek', ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', he: 'Hebrew', yi: 'Hebrew', zh: 'Han', ja: 'Japanese',
  ko: 'Hangul', hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari', th: 'Thai',
}

export function language(tag: string): Language {
  const [primary = '', ...rest] = tag.trim().split(/[-_]/)
  const code = primary.toLowerCase()
  const region = rest.find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part))?.toUpperCase() ?? ''
  return {
    code,
    region,
    script: SCRIPTS[code] ?? 'Latin',
    franc: FRANC_CODES[code],
    capitalisesNouns: code === 'de' || code === 'lb',
  }
}

export const SCRIPT_LETTERS: Record<Script, RegExp> = {
  Latin: /\p{Script=Latin}/gu,
  Cyrillic: /\p{Script=Cyrillic}/gu,
  Greek: /\p{Script=Greek}/gu,
  Arabic: /\p{Script=Arabic}/gu,
  Hebrew: /\p{Script=Hebrew}/gu,
  Han: /\p{Script=Han}/gu,
  Japanese: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  Hangul: /\p{Script=Hangul}/gu,
  Devanagari: /\p{Script=Devanagari}/gu,
  Thai: /\p{Script=Thai}/gu,
}

export function countScript(text: string, script: Script): number {
  return text.match(SCRIPT_LETTERS[script])?.length ?? 0
}
