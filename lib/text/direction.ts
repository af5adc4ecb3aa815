// Writing direction of a language, so each text is shown in its own direction.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha-Arab', 'he', 'iw', 'ks', 'ku-Arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi'])
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'])

export function textDirection(languageTag: string): 'ltr' | 'rtl' {
  let locale: Intl.Locale
  try {
    locale = new Intl.Locale(languageTag)
  } catch {
    return 'ltr'
  }
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr'
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr'
}
