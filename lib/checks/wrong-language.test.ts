import { describe, expect, it } from 'vitest'
import { checkBead } from './index'

function wrongLanguage(sourceLang: string, targetLang: string, source: string[], target: string[]) {
  return checkBead({ source, target, sourceLang, targetLang }).filter((finding) => finding.check === 'wrong-language')
}

const ENGLISH = 'The installer asks a few questions and then copies all the files to the disk of the new machine.'
const ENGLISH_AGAIN = 'The installer asks some questions, and it copies the files onto the disk of the new machine afterwards.'
const GERMAN = 'Das Installationsprogramm stellt einige Fragen und kopiert dann alle Dateien auf die Festplatte des neuen Rechners.'
const GERMAN_AGAIN = 'Das Installationsprogramm stellt ein paar Fragen und kopiert danach sämtliche Dateien auf die Platte der neuen Maschine.'

describe('wrong-language', () => {
  // [case, source language, target language, source paragraphs, target paragraphs, flagged target paragraphs]
  it.each([
    ['an English target, en→de', 'en', 'de', [ENGLISH], [ENGLISH_AGAIN], [0]],
    ['a German target, de→en', 'de', 'en', [GERMAN], [GERMAN_AGAIN], [0]],
    ['an English target, en→fr', 'en', 'fr', [ENGLISH], [ENGLISH_AGAIN], [0]],
    ['an English target in another script, en→ru', 'en', 'ru', [ENGLISH], [ENGLISH_AGAIN], [0]],
    ['an English target in another script, en→zh', 'en', 'zh', [ENGLISH], [ENGLISH_AGAIN], [0]],
    ['the second of two target paragraphs, en→de', 'en', 'de', [ENGLISH, ENGLISH], [GERMAN, ENGLISH_AGAIN], [1]],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, paragraphs) => {
    const [finding, ...more] = wrongLanguage(sourceLang, targetLang, source, target)
    expect(more).toEqual([])
    expect(finding.target.map((span) => span.paragraph)).toEqual(paragraphs)
    expect(finding.params).toEqual({ language: sourceLang, paragraphs: paragraphs.length })
    expect(finding.severity).toBe('critical')
  })

  it.each([
    ['a German translation, en→de', 'en', 'de', [ENGLISH], [GERMAN]],
    ['an English translation, de→en', 'de', 'en', [GERMAN], [ENGLISH]],
    ['a short target, too short to tell, en→de', 'en', 'de', ['Manual pages'], ['Manual pages and more']],
    ['German full of English terms, en→de', 'en', 'de', ['The Falcot Corp administrators selected AWStats to analyse their Apache web server logs.'], ['Die Falcot Corp. Administratoren haben AWStats (Advanced Web Statistics) für die Analyse ihrer Apache-Webserver-Logs ausgewählt.']],
    ['Russian full of commands, en→ru', 'en', 'ru', ['The dch command lets you edit the debian/changelog file quickly.'], ['Команда dch позволяет быстро и легко редактировать файл debian/changelog из пакета исходного кода.']],
    ['a target identical to the source, reported as untranslated instead, en→de', 'en', 'de', [ENGLISH], [ENGLISH]],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target) => {
    expect(wrongLanguage(sourceLang, targetLang, source, target)).toEqual([])
  })
})
