import { describe, expect, it } from 'vitest'
import { checkBead } from './index'

function untranslated(sourceLang: string, targetLang: string, source: string, target: string) {
  return checkBead({ source: [source], target: [target], sourceLang, targetLang }).filter((finding) => finding.check === 'untranslated')
}

describe('untranslated', () => {
  // [case, source language, target language, source, target, kind, severity]
  it.each([
    ['an identical target, en→de', 'en', 'de', 'The package is installed automatically.', 'The package is installed automatically.', 'identical', 'critical'],
    ['an identical target, de→en', 'de', 'en', 'Das Paket wird automatisch installiert.', 'Das Paket wird automatisch installiert.', 'identical', 'critical'],
    ['an identical target up to spacing and case, en→fr', 'en', 'fr', 'The package is  installed automatically.', 'the package is installed automatically.', 'identical', 'critical'],
    ['part of the sentence left in English, en→de', 'en', 'de', 'The file is regenerated automatically at the next start, as explained in the manual.', 'Die Datei wird beim nächsten Start automatisch neu erzeugt, as explained in the manual.', 'partial', 'major'],
    ['part of the sentence left in German, de→en', 'de', 'en', 'Die Datei wird beim nächsten Start automatisch neu erzeugt.', 'The file wird beim nächsten Start automatisch neu erzeugt.', 'partial', 'major'],
    ['part of the sentence left in English, en→zh', 'en', 'zh', 'See the sidebar for how to use these options with APT.', '参见侧边栏 for how to use these options with APT.', 'partial', 'major'],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, kind, severity) => {
    const [finding, ...more] = untranslated(sourceLang, targetLang, source, target)
    expect(more).toEqual([])
    expect(finding.params.kind).toBe(kind)
    expect(finding.severity).toBe(severity)
  })

  it.each([
    ['a word that is the same in both languages, en→de', 'en', 'de', 'Installation', 'Installation'],
    ['a name, de→fr', 'de', 'fr', 'Hanspeter Sigrist, Oberbalm', 'Hanspeter Sigrist, Oberbalm'],
    ['a command line, en→de', 'en', 'de', 'apt-get install samba', 'apt-get install samba'],
    ['a section number and a program name, en→ru', 'en', 'ru', '15.4.1.3.3. lintian', '15.4.1.3.3. lintian'],
    ['the spelled-out name of a standard, en→de', 'en', 'de', 'SMTP authentication relies on SASL (Simple Authentication and Security Layer).', 'SMTP-Authentifizierung beruht auf SASL (Simple Authentication and Security Layer).'],
    ['a translation, en→de', 'en', 'de', 'The package is installed automatically.', 'Das Paket wird automatisch installiert.'],
    ['a translation, de→en', 'de', 'en', 'Das Paket wird automatisch installiert.', 'The package is installed automatically.'],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target) => {
    expect(untranslated(sourceLang, targetLang, source, target)).toEqual([])
  })

  it('highlights the copied words and shows the word-level difference', () => {
    const source = 'The file is regenerated at the next start, as explained in the manual.'
    const target = 'Die Datei wird beim nächsten Start neu erzeugt, as explained in the manual.'
    const [finding] = untranslated('en', 'de', source, target)
    const copied = 'as explained in the manual'
    expect(finding.params).toEqual({ kind: 'partial', words: 5, share: 0.38 })
    expect(finding.source).toEqual([{ paragraph: 0, start: source.indexOf(copied), end: source.indexOf(copied) + copied.length }])
    expect(finding.target).toEqual([{ paragraph: 0, start: target.indexOf(copied), end: target.indexOf(copied) + copied.length }])
    expect(finding.diff.filter((part) => !part.added && !part.removed).map((part) => part.value).join('')).toContain(' as explained in the manual.')
  })
})
