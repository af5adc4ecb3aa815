import { describe, expect, it } from 'vitest'
import { checkBead } from './index'

function numbers(sourceLang: string, targetLang: string, source: string, target: string) {
  return checkBead({ source: [source], target: [target], sourceLang, targetLang }).filter((finding) => finding.check === 'numbers')
}

describe('numbers', () => {
  // [case, source language, target language, source, target, numbers only in source, only in target]
  it.each([
    ['a swapped number, en→de', 'en', 'de', 'In the first 24 hours the army would respond.', 'In den ersten 42 Stunden würde die Armee reagieren.', '24', '42'],
    ['a swapped number, de→en', 'de', 'en', 'In den ersten 24 Stunden würde die Armee reagieren.', 'In the first 42 hours the army would respond.', '24', '42'],
    ['a dropped number, en→de', 'en', 'de', 'It escalated within only 72 hours.', 'Es eskalierte innerhalb weniger Stunden.', '72', ''],
    ['an added number, de→en', 'de', 'en', 'Es eskalierte innerhalb weniger Stunden.', 'It escalated within only 72 hours.', '', '72'],
    ['a changed decimal, en→de', 'en', 'de', 'The file is 1,000.5 kB.', 'Die Datei ist 1.000,6 kB groß.', '1,000.5', '1.000,6'],
    ['a changed version number, en→de', 'en', 'de', 'Linux 2.6.32 fixes this.', 'Linux 2.6.33 behebt das.', '2.6.32', '2.6.33'],
    ['a changed section number, de→en', 'de', 'en', 'Siehe Abschnitt 9.1.2.', 'See section 9.2.1.', '9.1.2', '9.2.1'],
    ['a changed time, en→de', 'en', 'de', 'The shop opens at 2:30 pm.', 'Der Laden öffnet um 15:30 Uhr.', '2:30', '15:30'],
    ['Arabic-Indic digits with another value, en→ar', 'en', 'ar', 'It took 24 hours.', 'استغرق الأمر ٤٢ ساعة.', '24', '٤٢'],
    ['full-width digits with another value, en→zh', 'en', 'zh', 'There were 24 errors.', '有４２个错误。', '24', '４２'],
    ['a percentage, en→fr', 'en', 'fr', 'Debian will remain 100% free.', 'Debian restera libre à 90 %.', '100', '90'],
    ['a spelled number that does not match, en→de', 'en', 'de', 'We met 3 climbers.', 'Wir trafen zwei Bergsteiger.', '3', ''],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, sourceOnly, targetOnly) => {
    const [finding, ...more] = numbers(sourceLang, targetLang, source, target)
    expect(more).toEqual([])
    expect(finding.params).toEqual({ source: sourceOnly, target: targetOnly })
    expect(finding.severity).toBe('major')
  })

  it.each([
    ['grouping and decimal marks, en→de', 'en', 'de', 'The file is 1,000.5 kB.', 'Die Datei ist 1.000,5 kB groß.'],
    ['grouping and decimal marks, de→en', 'de', 'en', 'Die Datei ist 1.000,5 kB groß.', 'The file is 1,000.5 kB.'],
    ['a narrow no-break space grouping, en→fr', 'en', 'fr', 'The file is 1,000.5 kB.', 'Le fichier fait 1\u202F000,5 ko.'],
    ['a no-break space grouping, de→fr', 'de', 'fr', 'Es sind 8.848 m.', 'Il y a 8\u00A0848 m.'],
    ['a Swiss apostrophe grouping, de→en', 'de-CH', 'en', 'Es kostet 1’000 Franken.', 'It costs 1,000 francs.'],
    ['ordinals, en→de', 'en', 'de', 'It is on the 5th floor, the 1st door.', 'Es ist im 5. Stock, die 1. Tür.'],
    ['ordinals, en→fr', 'en', 'fr', 'the 6th, 7th and 8th grade', 'le 6e, le 7e et le 8e degré'],
    ['percentages, en→de', 'en', 'de', 'It is 50% faster.', 'Es ist 50 % schneller.'],
    ['section numbers, de→en', 'de', 'en', 'Siehe Abschnitt 9.1.2.', 'See section 9.1.2.'],
    ['version numbers, en→de', 'en', 'de', 'Linux 2.6.32 fixes this.', 'Linux 2.6.32 behebt das.'],
    ['a 12-hour and a 24-hour time, en→de', 'en', 'de', 'The shop opens at 2:30 pm.', 'Der Laden öffnet um 14:30 Uhr.'],
    ['a German time with a dot, de→en', 'de', 'en', 'Um 13.30 Uhr standen sie auf dem Gipfel.', 'At 13:30 they stood on the summit.'],
    ['a French time, de→fr', 'de', 'fr', 'Um 13.30 Uhr standen sie auf dem Gipfel.', 'À 13 h 30, ils foulèrent le sommet.'],
    ['Arabic-Indic digits, en→ar', 'en', 'ar', 'It took 24 hours.', 'استغرق الأمر ٢٤ ساعة.'],
    ['full-width digits, en→zh', 'en', 'zh', 'There were 24 errors.', '有２４个错误。'],
    ['digits right after Chinese characters, en→zh', 'en', 'zh', 'This is the 1.0 format.', '像1.0这样的格式。'],
    ['a number spelled out in the target, en→de', 'en', 'de', 'Install 2 packages.', 'Installieren Sie zwei Pakete.'],
    ['a number spelled out in the source, de→en', 'de', 'en', 'Wir trafen drei Bergsteiger.', 'We met 3 climbers.'],
    ['a spelled ordinal, de→fr', 'de', 'fr', 'Die Routen erreichten den sechsten Grad.', 'Les voies atteignirent le 6e degré.'],
    ['a German compound number word, de→fr', 'de', 'fr', 'Der dritte Achttausender der Österreicher.', 'Le troisième « 8000 » des Autrichiens.'],
    ['a Roman numeral, de→fr', 'de', 'fr', 'Zurück nach Lager 4!', 'Retour au camp IV.'],
    ['trailing zeros of a decimal, de→fr', 'de', 'fr', 'Die Kote ist 8847,60 m.', 'La cote est de 8847,6 m.'],
    ['a number glued to a name on one side, en→zh', 'en', 'zh', 'the format of mail headers, RFC 2822', '邮件标题的格式，RFC2822'],
    ['digits inside names and links, en→de', 'en', 'de', 'Use ext4 on i386, see https://example.org/v2/page3.', 'Nutzen Sie ext4 auf i386, siehe https://example.org/v2/page3.'],
    ['the same numbers in another order, en→de', 'en', 'de', 'Between 5 and 10 users.', 'Zwischen 5 und 10 Benutzern.'],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target) => {
    expect(numbers(sourceLang, targetLang, source, target)).toEqual([])
  })

  it('highlights the differing numbers and shows the token-level difference', () => {
    const [finding] = numbers('en', 'de', 'Wait 24 hours, then 72 hours.', 'Warten Sie 42 Stunden, dann 72 Stunden.')
    expect(finding.source).toEqual([{ paragraph: 0, start: 5, end: 7 }])
    expect(finding.target).toEqual([{ paragraph: 0, start: 11, end: 13 }])
    expect(finding.diff).toEqual([
      { value: '24 ', removed: true },
      { value: '42 ', added: true },
      { value: '72' },
    ])
  })

  it('reports a wrong day once, as a date, not again as a number', () => {
    const findings = checkBead({ source: ['It started on February 5, 2026.'], target: ['Es begann am 6. Februar 2026.'], sourceLang: 'en', targetLang: 'de' })
    expect(findings.map((finding) => finding.check)).toEqual(['dates'])
  })
})
