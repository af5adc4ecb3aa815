import { describe, expect, it } from 'vitest'
import { checkBead } from './index'
import type { CheckCode } from './types'

function links(check: CheckCode, sourceLang: string, targetLang: string, source: string, target: string) {
  return checkBead({ source: [source], target: [target], sourceLang, targetLang }).filter((finding) => finding.check === check)
}

describe('urls and emails', () => {
  // [case, check, source language, target language, source, target, severity]
  it.each([
    ['a lost URL, en→de', 'urls', 'en', 'de', 'See https://salsa.debian.org/ for details.', 'Details finden Sie dort.', 'major'],
    ['a lost URL, de→en', 'urls', 'de', 'en', 'Siehe https://salsa.debian.org/ für Details.', 'See there for details.', 'major'],
    ['a URL on another site, en→de', 'urls', 'en', 'de', 'See https://salsa.debian.org/.', 'Siehe https://gitlab.com/.', 'major'],
    ['another page of the same site, en→fr', 'urls', 'en', 'fr', 'See https://www.debian.org/Bugs/.', 'Voir https://www.debian.org/Bugs/index.fr.html.', 'minor'],
    ['the localised Wikipedia, en→de', 'urls', 'en', 'de', 'See https://en.wikipedia.org/wiki/Regular_expression.', 'Siehe https://de.wikipedia.org/wiki/Regulärer_Ausdruck.', 'minor'],
    ['an added URL, de→en', 'urls', 'de', 'en', 'Siehe die Dokumentation.', 'See the documentation at www.debian.org/doc.', 'minor'],
    ['a lost address, en→de', 'emails', 'en', 'de', 'Write to debian-user@lists.debian.org.', 'Schreiben Sie an die Liste.', 'major'],
    ['an address on another domain, de→en', 'emails', 'de', 'en', 'Schreiben Sie an benutzer@beispiel.com.', 'Write to user@example.com.', 'major'],
    ['another address on the same domain, en→fr', 'emails', 'en', 'fr', 'Write to debian-user@lists.debian.org.', 'Écrivez à debian-user-french@lists.debian.org.', 'minor'],
  ])('finds %s', (_case, check, sourceLang, targetLang, source, target, severity) => {
    const [finding, ...more] = links(check as CheckCode, sourceLang, targetLang, source, target)
    expect(more).toEqual([])
    expect(finding.severity).toBe(severity)
  })

  it.each([
    ['trailing punctuation, en→de', 'urls', 'en', 'de', 'Visit https://www.debian.org/.', 'Besuchen Sie https://www.debian.org/!'],
    ['a trailing slash and case of the host, de→en', 'urls', 'de', 'en', 'Siehe HTTPS://WWW.Debian.org/doc/', 'See https://www.debian.org/doc'],
    ['brackets around and inside a URL, en→de', 'urls', 'en', 'de', 'A regex (https://en.wikipedia.org/wiki/Perl_(language)) helps.', 'Ein Regex (https://en.wikipedia.org/wiki/Perl_(language)) hilft.'],
    ['French guillemets around a URL, en→fr', 'urls', 'en', 'fr', 'See “https://www.debian.org/intro/”.', 'Voir « https://www.debian.org/intro/ ».'],
    ['an address in another case, en→de', 'emails', 'en', 'de', 'Contact Jean@Falcot.com.', 'Kontakt: jean@falcot.com'],
    ['an address in Russian text, en→ru', 'emails', 'en', 'ru', 'Write to owner@bugs.debian.org.', 'Напишите на owner@bugs.debian.org.'],
  ])('stays quiet on %s', (_case, check, sourceLang, targetLang, source, target) => {
    expect(links(check as CheckCode, sourceLang, targetLang, source, target)).toEqual([])
  })

  it('lists the links of each side and highlights them', () => {
    const source = 'Mail jean@falcot.com or see https://falcot.com/help.'
    const target = 'Schreiben Sie an jan@falcot.com oder siehe https://falcot.com/help.'
    const [finding] = links('emails', 'en', 'de', source, target)
    expect(finding.params).toEqual({ source: 'jean@falcot.com', target: 'jan@falcot.com' })
    expect(finding.source).toEqual([{ paragraph: 0, start: 5, end: 20 }])
    expect(finding.target).toEqual([{ paragraph: 0, start: 17, end: 31 }])
    expect(finding.diff).toEqual([{ value: 'jean@falcot.com ', removed: true }, { value: 'jan@falcot.com', added: true }])
  })
})
