import { describe, expect, it } from 'vitest'
import { checkBead } from './index'

function brackets(sourceLang: string, targetLang: string, source: string, target: string) {
  return checkBead({ source: [source], target: [target], sourceLang, targetLang }).filter((finding) => finding.check === 'brackets')
}

describe('brackets', () => {
  // [case, source language, target language, source, target, unbalanced]
  it.each([
    ['an unclosed bracket in the translation, en→de', 'en', 'de', 'Install it (as root) now.', 'Installieren Sie es (als root jetzt.', 'target'],
    ['an unclosed bracket in the translation, de→en', 'de', 'en', 'Installieren Sie es (als root) jetzt.', 'Install it (as root now.', 'target'],
    ['a stray closing bracket, en→fr', 'en', 'fr', 'Install it (as root) now.', 'Installez-le en root) maintenant.', 'target'],
    ['a bracket pair dropped, de→en', 'de', 'en', 'Die Bibliothek (libc6) wird benötigt.', 'The libc6 library is needed.', 'none'],
    ['a bracket pair added, en→de', 'en', 'de', 'Debian provides RTC client software.', 'Debian bietet RTC-Client-Software (Echtzeitkommunikation).', 'none'],
    ['square brackets turned round, en→de', 'en', 'de', 'Use the [options] field.', 'Verwenden Sie das Feld (options).', 'none'],
    ['an unclosed full-width bracket, en→zh', 'en', 'zh', 'Install it manually (see the sidebar).', '手动安装（请参见侧边栏。', 'target'],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, unbalanced) => {
    const [finding, ...more] = brackets(sourceLang, targetLang, source, target)
    expect(more).toEqual([])
    expect(finding.params.unbalanced).toBe(unbalanced)
    expect(finding.severity).toBe('minor')
  })

  it.each([
    ['the same brackets, en→de', 'en', 'de', 'The first, md5sums, allows dpkg --verify (see Section 14.3).', 'Die erste, md5sums, erlaubt dpkg --verify (siehe Abschnitt 14.3).'],
    ['the same brackets, de→en', 'de', 'en', 'Die Datei (siehe unten) ist wichtig.', 'The file (see below) matters.'],
    ['full-width brackets, en→zh', 'en', 'zh', 'Install it manually (see the sidebar).', '手动安装（请参见侧边栏）。'],
    ['list markers, de→fr', 'de', 'fr', 'Faktoren: a) die Lichtbrechung, b) die Schwere.', 'Facteurs : a) la réfraction, b) la pesanteur.'],
    ['list markers only in the translation, en→fr', 'en', 'fr', 'Factors: refraction, gravity.', 'Facteurs : a) la réfraction, b) la pesanteur.'],
    ['a man page reference, en→de', 'en', 'de', 'See ar(1) for details.', 'Siehe ar(1) für Details.'],
    ['an original that is unbalanced itself, followed by the translation, de→fr', 'de', 'fr', 'Man nennt ihn (Gewohnheitstier.', 'On le dit (animal d’habitudes.'],
    ['brackets inside a URL, en→de', 'en', 'de', 'See https://en.wikipedia.org/wiki/Perl_(language).', 'Siehe https://de.wikipedia.org/wiki/Perl.'],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target) => {
    expect(brackets(sourceLang, targetLang, source, target)).toEqual([])
  })

  it('highlights the unpaired bracket and shows the bracket sequences', () => {
    const target = 'Installieren Sie es (als root jetzt.'
    const [finding] = brackets('en', 'de', 'Install it (as root) now.', target)
    expect(finding.params).toEqual({ source: '()', target: '(', unbalanced: 'target' })
    expect(finding.source).toEqual([{ paragraph: 0, start: 19, end: 20 }])
    expect(finding.target).toEqual([{ paragraph: 0, start: target.indexOf('('), end: target.indexOf('(') + 1 }])
    expect(finding.diff).toEqual([{ value: '( ' }, { value: ')', removed: true }])
  })
})
