// Names, acronyms and code-like tokens present on one side only. These are the words a
// translation keeps (NATO, Kushner, /etc/fstab, dpkg-reconfigure, PostgreSQL), so their absence on the
// other side is worth a look. What counts as such a word depends on the side's language:
// German capitalises every noun, so there only acronyms, CamelCase and code-like tokens count;
// a text in a non-Latin script counts every Latin word in it.

import { diffTokens } from './diff-parts'
import type { Side } from './side'
import { isSentenceStart, spanOf, spellingKey, type Token } from './text'
import type { Draft } from './types'

type Kind = 'code' | 'acronym' | 'camel' | 'name' | 'latin'
type Candidate = Token & { kind: Kind; phrase: number }

// Acronyms have 2 to 5 capitals (NATO, LDAP, HTTPS); longer all-capital words are shouted
// ordinary words (headings, the handbook's "CULTURE" and "SECURITY" sidebar labels).
const ACRONYM = /^\p{Lu}{2,5}s?$/u
const CAMEL = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u
const CODE_CHARACTER = /[_=~\\@]/
const OPTION = /^--?\p{L}/u
// A letter right next to a digit: ext4, libc6, x86_64, IPv6, K2 (not "Nr.212", OCR for "Nr. 212").
const MIXED = /\p{L}\d|\d\p{L}/u
// A path: /etc/fstab, ~/.bashrc, .deb, debian/falcot-data.install, /usr/share/doc/package/. One
// slash between plain words is an alternative (and/or, owner/group, Linux/Unix), not a path.
function isPath(word: string): boolean {
  if (/^[/~.]/.test(word)) return true
  const slash = word.indexOf('/')
  return slash >= 0 && (word.lastIndexOf('/') !== slash || /[.\d_]/.test(word))
}
const ROMAN_NUMERAL = /^[IVXLCDM]+$/
const LOWER_CASE_HYPHENATED = /^\p{Ll}+(?:-\p{Ll}+)+$/u
// sources.list, salsa.debian.org, falcot-data.desktop; not abbreviations (e.g., z.B., i.e.).
const DOTTED = /^[\p{L}\p{N}][\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?=[\p{Ll}\p{N}]*\p{Ll})[\p{Ll}\p{N}]{2,}$/u
const NAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u
const SHOUTED = /^[\p{Lu}\p{N}-]{2,}$/u
const LATIN_RUN = /\p{Script=Latin}[\p{Script=Latin}\p{N}._/+#*-]*[\p{Script=Latin}\p{N}+#]/gu
// Short lower-case words that join the parts of one name: "Coalition of the Willing", "Ludwig van Beethoven".
const NAME_JOINERS = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'les', 'von', 'van', 'der', 'den', 'di', 'da', 'del', 'y', 'e'])
// A paragraph mostly in capitals is a heading: its capitals say nothing about names.
const SHOUTED_PARAGRAPH_SHARE = 0.6
// Share of words of 4+ letters capitalised from which a paragraph is a Title Case heading.
const TITLE_CASE_SHARE = 0.6
// A paragraph of at most this many words without final punctuation is a heading.
const MAX_HEADING_WORDS = 12
const QUOTED = /“[^”“]*”|„[^“”]*“|«[^»]*»|"[^"]*"|「[^」]*」/gu
// The shortest head of a hyphenated compound that may stand for it ("apt-get-Aufruf" → "apt-get").
const MIN_COMPOUND_HEAD = 3
// How much of a name must match (see isPresent).
const NAME_PREFIX_SHARE = 0.6
const MIN_NAME_PREFIX = 3
const MIN_INFIX = 5
// Nouns for peoples are capitalised in French and English ("les Autrichiens", "the Danish")
// but are translated, not kept; words with these endings are not taken for names.
const DEMONYM_ENDINGS: Record<string, RegExp> = {
  fr: /(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ique)s?$/u,
  en: /(?:ese|ish)$/u,
}
// Scripts with upper and lower case; elsewhere capitalisation cannot mark a name.
const CASED_SCRIPTS = new Set(['Latin', 'Cyrillic', 'Greek'])

function isShoutedParagraph(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0
  return letters >= 10 && capitals / letters > SHOUTED_PARAGRAPH_SHARE
}

/**
 * A heading ("11.1.4. Setting Up greylisting", "13.5. Web Browsers") or a paragraph in Title
 * Case: English capitalises headings by style, so capitals there do not mark names.
 */
function isHeading(text: string, words: Token[]): boolean {
  if (words.length <= MAX_HEADING_WORDS && !/[.!?:;…]$/u.test(text.trim())) return true
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word.text))
  return long.length >= 2 && long.filter((word) => /^\p{Lu}/u.test(word.text)).length / long.length >= TITLE_CASE_SHARE
}

/** Stretches inside quotation marks: cited titles and terms, translated like headings. */
function quotedRanges(text: string): { start: number; end: number }[] {
  return [...text.matchAll(QUOTED)].map((match) => ({ start: match.index, end: match.index + match[0].length }))
}

/**
 * A lower-case hyphenated word is taken for a command or package name (dpkg-reconfigure,
 * man-db) when a part of two letters or more has no vowel. Without a dictionary "apt-get"
 * cannot be told from "well-known", "nicht-freien" or "au-dessus", so it is not.
 */
function isCommand(word: string): boolean {
  return LOWER_CASE_HYPHENATED.test(word) && word.split('-').some((part) => part.length >= 2 && !/[aeiouyäöüéèàáíóú]/u.test(part))
}

// An ordinary lower-case word is none of the kinds below; most words are, so they are let go first.
const LOWER_CASE_WORD = /^\p{Ll}+$/u

function kindOf(word: string): Kind | undefined {
  if (LOWER_CASE_WORD.test(word)) return undefined
  if (!/\p{L}.*\p{L}|\p{L}\d/u.test(word) || /^\p{N}/u.test(word)) return undefined
  if (CODE_CHARACTER.test(word) || OPTION.test(word) || DOTTED.test(word) || isPath(word) || (MIXED.test(word) && /^\p{L}/u.test(word))) return 'code'
  if (isCommand(word)) return 'code'
  if (ACRONYM.test(word) && !ROMAN_NUMERAL.test(word)) return 'acronym'
  if (CAMEL.test(word)) return 'camel'
  if (NAME.test(word)) return 'name'
  return undefined
}

/** Kept words inside a hyphenated compound: "NATO" in "NATO-Truppen", "ClamAV" in "ClamAV-Konfiguration". */
function keptParts(word: Token): (Token & { kind: Kind })[] {
  if (!word.text.includes('-')) return []
  const parts: (Token & { kind: Kind })[] = []
  for (const match of word.text.matchAll(/[^-]+/g)) {
    const kind = kindOf(match[0])
    const start = word.start + match.index
    if (kind && kind !== 'name') parts.push({ paragraph: word.paragraph, start, end: start + match[0].length, text: match[0], kind })
  }
  return parts
}

/** The words of `side` that the other side should contain too. */
function candidates(side: Side, other: Side): Candidate[] {
  const out: Candidate[] = []
  const lang = side.language
  const isLatin = lang.script === 'Latin'
  const namesCount = !lang.capitalisesNouns && CASED_SCRIPTS.has(lang.script) && lang.script === other.language.script
  let phrase = 0
  side.prose.forEach((text, paragraph) => {
    if (!isLatin) {
      for (const match of text.matchAll(LATIN_RUN)) {
        out.push({ paragraph, start: match.index, end: match.index + match[0].length, text: match[0], kind: 'latin', phrase: ++phrase })
      }
      return
    }
    const shouted = isShoutedParagraph(text)
    const words = side.words[paragraph]
    const namesHere = namesCount && !shouted && !isHeading(text, words)
    const quoted = quotedRanges(text)
    // The handbook's sidebars open with a label in capitals ("TIP", "TOOL", "BACK TO BASICS")
    // followed by a title; the label is translated and the title starts a sentence.
    let label = 0
    while (label < words.length && SHOUTED.test(words[label].text) && /^\p{Lu}/u.test(words[label + 1]?.text ?? '')) label++
    // Whether the last word other than a joiner was a name: consecutive names form one phrase.
    let inName = false
    words.forEach((word, i) => {
      if (i < label) return
      const kind = kindOf(word.text)
      // After a label in capitals ("see the sidebar VOCABULARY The main archives") a title starts.
      const isStart = () => i === label || isSentenceStart(text, word.start) || SHOUTED.test(words[i - 1]?.text ?? '')
      // "Section 9.1", "Figure 3.2", "Chapter 7": the label of a numbered part, translated.
      const isNumbered = () => /^\p{N}/u.test(words[i + 1]?.text ?? '')
      const isQuoted = () => quoted.some((range) => range.start < word.start && word.end < range.end)
      const isDemonym = () => DEMONYM_ENDINGS[lang.code]?.test(word.text) ?? false
      // Tested only for names (most words are not), which is most of this check's time.
      if (kind === 'name' && namesHere && !isStart() && !isNumbered() && !isQuoted() && !isDemonym()) {
        out.push({ ...word, kind, phrase: inName ? phrase : ++phrase })
        inName = true
        return
      }
      if (inName && NAME_JOINERS.has(word.text)) return
      inName = false
      if (kind === 'acronym' && (shouted || SHOUTED.test(words[i - 1]?.text ?? '') || SHOUTED.test(words[i + 1]?.text ?? ''))) return
      if (kind && kind !== 'name') out.push({ ...word, kind, phrase: ++phrase })
      else if (!kind) out.push(...keptParts(word).map((part) => ({ ...part, phrase: ++phrase })))
    })
  })
  return out
}

/**
 * The other side, prepared for the presence tests. The spelling keys of its words (all, and
 * the capitalised ones) are the costly part and only needed for names, so they are made on
 * first use.
 */
type Haystack = {
  raw: string
  lower: string
  compact: string
  acronyms: string[]
  paths: string[]
  keys: () => { all: string; capitalised: string }
}

function haystack(side: Side): Haystack {
  const raw = side.paragraphs.join('\n')
  const lower = raw.toLowerCase()
  const words = raw.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word))
  let keys: { all: string; capitalised: string } | undefined
  return {
    raw,
    lower,
    compact: lower.replace(/\s+/g, ''),
    acronyms: capitalised.filter((word) => ACRONYM.test(word)),
    paths: raw.includes('/') ? (raw.match(/\S*\/\S*/g) ?? []).map((path) => path.replace(/[.,;:!?)\]"”»]+$/u, '')) : [],
    keys: () =>
      (keys ??= {
        all: ` ${words.map(spellingKey).join(' ')} `,
        capitalised: ` ${capitalised.map(spellingKey).join(' ')} `,
      }),
  }
}

// Latin capitals as Cyrillic readers spell acronyms (NATO → НАТО, USA → США is not covered).
const CYRILLIC_CAPITALS: Record<string, string> = {
  A: 'А', B: 'Б', C: 'С', D: 'Д', E: 'Е', F: 'Ф', G: 'Г', H: 'Х', I: 'И', K: 'К', L: 'Л', M: 'М', N: 'Н', O: 'О', P: 'П', R: 'Р', S: 'С', T: 'Т', U: 'У', V: 'В', Z: 'З',
}

function occursAsWordStart(raw: string, needle: string): boolean {
  for (let at = raw.indexOf(needle); at >= 0; at = raw.indexOf(needle, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(raw[at - 1])) return true
  }
  return false
}

/**
 * Whether the other side has the candidate. Names get some slack for inflection, compounds
 * and cognates: the first 3 letters of the name's spelling key begin a capitalised word there
 * ("Russian"/"Russland"), or its first 60% begin any word, or, from 5 letters on, occur inside
 * one ("Trump"/"Trumps", "Britain"/"Großbritannien", "Secretary"/"Generalsekretär",
 * "Witkoff"/"Witkow"). Only capitalised words count for 3 letters, or "World" would be found
 * in German "vor".
 */
function isPresent(candidate: Candidate, other: Haystack, side: Side): boolean {
  const { text } = candidate
  if (other.lower.includes(text.toLowerCase())) return true
  // "K2" / "K 2", "RFC2822" / "RFC 2822": spacing around digits varies between traditions.
  if (/\d/.test(text) && (candidate.kind === 'code' || candidate.kind === 'latin') && other.compact.includes(text.toLowerCase())) return true
  if (candidate.kind === 'acronym') {
    const base = text.replace(/(?<=\p{Lu})s$/u, '')
    const cyrillic = [...base].map((letter) => CYRILLIC_CAPITALS[letter] ?? letter).join('')
    // US/USA, UN/UNO: the same acronym with or without its last word.
    const isVariant = (acronym: string) => Math.abs(acronym.length - base.length) === 1 && (acronym.startsWith(base) || base.startsWith(acronym))
    return occursAsWordStart(other.raw, base) || occursAsWordStart(other.raw, cyrillic) || other.acronyms.some(isVariant)
  }
  if (candidate.kind === 'name') {
    const key = spellingKey(text)
    const prefix = key.slice(0, Math.max(MIN_NAME_PREFIX, Math.ceil(key.length * NAME_PREFIX_SHARE)))
    const keys = other.keys()
    return (
      keys.capitalised.includes(` ${key.slice(0, MIN_NAME_PREFIX)}`) ||
      keys.all.includes(` ${prefix}`) ||
      (prefix.length >= MIN_INFIX && keys.all.includes(prefix))
    )
  }
  return isCompoundPresent(text, other, side)
}

/**
 * A compound around a kept word: "ClamAV-Konfiguration", "NFSv4-Root-Exports",
 * "--force-*-Optionen", "Kerberos-based", "OpenOffice.org/LibreOffice", or a path whose
 * placeholder the translator translated ("/usr/share/doc/package/" → "/usr/share/doc/Paket/").
 */
function isCompoundPresent(text: string, other: Haystack, side: Side): boolean {
  const parts = text.split(/[-/]/)
  if (parts.length < 2) return false
  const kept = parts.filter((part) => {
    const kind = kindOf(part)
    return kind && (kind !== 'name' || !side.language.capitalisesNouns)
  })
  if (kept.length > 0 && kept.every((part) => other.lower.includes(part.toLowerCase()))) return true
  for (let at = text.lastIndexOf('-'); at >= MIN_COMPOUND_HEAD; at = text.lastIndexOf('-', at - 1)) {
    if (other.lower.includes(text.slice(0, at).toLowerCase())) return true
  }
  if (!text.includes('/')) return false
  return other.paths.some((path) => {
    const segments = path.split('/')
    return segments.length === parts.length && segments.filter((segment, i) => segment !== parts[i]).length <= 1
  })
}

/**
 * Words of one side the other lacks. Names of several capitalised words are left alone: they
 * are mostly translated (Black Sea, United States, Third World War, the titles the handbook
 * cites) or shortened (Mark Rutte → Rutte); only single-word names are looked for.
 */
function missing(side: Side, other: Side): Candidate[] {
  const all = candidates(side, other)
  if (all.length === 0) return []
  const found = haystack(other)
  const phraseSize = new Map<number, number>()
  for (const candidate of all) phraseSize.set(candidate.phrase, (phraseSize.get(candidate.phrase) ?? 0) + 1)
  return all.filter((candidate) => (candidate.kind !== 'name' || phraseSize.get(candidate.phrase) === 1) && !isPresent(candidate, found, side))
}

function uniqueTexts(tokens: Token[]): string {
  return [...new Set(tokens.map((token) => token.text))].join(', ')
}

export function checkEntities(source: Side, target: Side): Draft[] {
  const sourceOnly = missing(source, target)
  const targetOnly = missing(target, source)
  if (sourceOnly.length === 0 && targetOnly.length === 0) return []
  const sourceText = uniqueTexts(sourceOnly)
  const targetText = uniqueTexts(targetOnly)
  return [
    {
      check: 'entities',
      severity: 'minor',
      params: { source: sourceText, target: targetText },
      source: sourceOnly.map(spanOf),
      target: targetOnly.map(spanOf),
      diff: diffTokens(sourceOnly, targetOnly, () => false),
      detail: `${sourceText}|${targetText}`,
    },
  ]
}
