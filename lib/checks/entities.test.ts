import { describe, expect, it } from 'vitest'
import { checkBead } from './index'

function entities(sourceLang: string, targetLang: string, source: string, target: string) {
  return checkBead({ source: [source], target: [target], sourceLang, targetLang }).filter((finding) => finding.check === 'entities')
}

describe('entities', () => {
  // [case, source language, target language, source, target, only in source, only in target]
  it.each([
    ['a dropped name, en→de', 'en', 'de', 'The envoy Witkoff praised the plan.', 'Der Gesandte lobte den Plan.', 'Witkoff', ''],
    ['an added name, de→en', 'de', 'en', 'Der Gesandte lobte den Plan.', 'The envoy Witkoff praised the plan.', '', 'Witkoff'],
    ['a dropped acronym, en→de', 'en', 'de', 'They would back NATO troops in Ukraine.', 'Sie würden Truppen in der Ukraine unterstützen.', 'NATO', ''],
    ['a dropped acronym, de→en', 'de', 'en', 'Sie würden NATO-Truppen in der Ukraine unterstützen.', 'They would back troops in Ukraine.', 'NATO', ''],
    ['two words run together, en→de', 'en', 'de', 'strategic weapons – Oreshnik hypersonic missiles', 'strategische WaffenHyperschallraketen vom Typ Oreshnik', '', 'WaffenHyperschallraketen'],
    ['a dropped path, en→de', 'en', 'de', 'Logs are stored in /var/log/ by default.', 'Protokolle werden standardmäßig gespeichert.', '/var/log/', ''],
    ['a dropped command, de→en', 'de', 'en', 'Danach dpkg-reconfigure aufrufen.', 'Then run the configuration tool.', 'dpkg-reconfigure', ''],
    ['a changed package name, en→fr', 'en', 'fr', 'Install the libc6 package.', 'Installez le paquet libc7.', 'libc6', 'libc7'],
    ['a command lost from a Russian translation, ru→en', 'ru', 'en', 'Команда apt-get обновляет список пакетов.', 'The command updates the package list.', 'apt-get', ''],
    ['a command lost from a Chinese translation, en→zh', 'en', 'zh', 'Use dpkg-deb to build it.', '使用工具来构建它。', 'dpkg-deb', ''],
  ])('finds %s', (_case, sourceLang, targetLang, source, target, sourceOnly, targetOnly) => {
    const [finding, ...more] = entities(sourceLang, targetLang, source, target)
    expect(more).toEqual([])
    expect(finding.params).toEqual({ source: sourceOnly, target: targetOnly })
    expect(finding.severity).toBe('minor')
  })

  it.each([
    ['names kept, with German inflection, en→de', 'en', 'de', "Trump's envoy Witkoff praised NATO.", 'Trumps Gesandter Witkoff lobte die NATO.'],
    ['the same, de→en', 'de', 'en', 'Trumps Gesandter Witkoff lobte die NATO.', "Trump's envoy Witkoff praised NATO."],
    ['translated country names, en→de', 'en', 'de', 'It came after France and Britain pledged troops to Russia.', 'Es kam, nachdem Frankreich und Großbritannien Russland Truppen zusagten.'],
    ['translated names of several words, en→de', 'en', 'de', 'Jets in the air, ships in the Black Sea, as the United States said.', 'Jets in der Luft, Schiffe im Schwarzen Meer, wie die Vereinigten Staaten sagten.'],
    ['US and USA, en→de', 'en', 'de', 'The US signalled support.', 'Die USA signalisierten Unterstützung.'],
    ['German nouns, which are capitalised, de→en', 'de', 'en', 'Die Regierung prüft den Plan der Koalition.', 'The government is reviewing the coalition plan.'],
    ['a name spelled the German way, en→de', 'en', 'de', 'He met the adviser Kushner.', 'Er traf den Berater Kuschner.'],
    ['a kept word inside a German compound, en→de', 'en', 'de', 'Edit the ClamAV configuration.', 'Bearbeiten Sie die ClamAV-Konfiguration.'],
    ['a translated path placeholder, en→de', 'en', 'de', 'It is in /usr/share/doc/package/ here.', 'Sie liegt hier in /usr/share/doc/Paket/.'],
    ['an acronym transliterated into Cyrillic, en→ru', 'en', 'ru', 'They would back NATO troops.', 'Они поддержали бы войска НАТО.'],
    ['Latin words kept in a Russian translation, en→ru', 'en', 'ru', 'The samba package installs smbd.', 'Пакет samba устанавливает smbd.'],
    ['cross-references and headings, en→de', 'en', 'de', 'See Section 9.1, “The systemd Init System”.', 'Siehe Abschnitt 9.1, „Das Init-System systemd“.'],
    ['a handbook sidebar label, en→de', 'en', 'de', 'TIP Browsing by following links', 'HINWEIS Durch Links navigieren'],
    ['ordinary hyphenated words, en→fr', 'en', 'fr', 'It is a well-known, up-to-date tool.', 'C’est un outil bien connu et à jour.'],
    ['French nouns for peoples, fr→de', 'fr', 'de', 'Les Autrichiens et les Français arrivèrent.', 'Die Österreicher und die Franzosen kamen an.'],
  ])('stays quiet on %s', (_case, sourceLang, targetLang, source, target) => {
    expect(entities(sourceLang, targetLang, source, target)).toEqual([])
  })

  it('highlights every occurrence and shows the words of each side', () => {
    const source = 'The envoy Witkoff met Witkoff’s team.'
    const [finding] = entities('en', 'de', source, 'Der Gesandte traf sein Team.')
    expect(finding.source).toEqual([
      { paragraph: 0, start: 10, end: 17 },
      { paragraph: 0, start: 22, end: 29 },
    ])
    expect(finding.diff).toEqual([{ value: 'Witkoff Witkoff', removed: true }])
  })
})
