// Text the translation left in the original language: the whole target equal to the source,
// or runs of ordinary words copied from it ("Die Datei wird neu erzeugt, as explained in the
// manual"). Names, code and numbers are expected to be copied and are ignored.

import { diffWordsWithSpace } from 'diff'
import type { Side } from './side'
import { wholeParagraphs, type Token } from './text'
import type { DiffPart, Draft, Span } from './types'

// An identical text with fewer lower-case words is usually a name, a command or an
// internationalism ("Installation", "Hanspeter Sigrist, Oberbalm", "Debian GNU/Linux") that is
// rightly the same in both.
const MIN_IDENTICAL_WORDS = 3
// Five ordinary words in a row, in the same order, at least four of them in lower case, are
// not shared by a correct translation in DEV; four are, in places (quoted English titles), and
// so are the spelled-out names of standards ("Simple Authentication and Security Layer").
const RUN_WORDS = 5
const MIN_LOWER_CASE_IN_RUN = 4
// Beyond this many differing tokens the display diff is skipped (jsdiff is quadratic in the
// worst case); the finding then shows the two texts whole.
const MAX_DIFF_EDITS = 400

// An ordinary word: letters only, at most the first one upper case (not NATO, apt-get, ext4).
const ORDINARY = /^\p{L}[\p{Ll}\p{Lo}\p{M}'’]*$/u
// Lower case, or a script without case (Chinese, Arabic).
const LOWER_CASE = /^[\p{Ll}\p{Lo}]/u

function ordinaryWords(side: Side): Token[] {
  return side.words.flat().filter((word) => ORDINARY.test(word.text))
}

function normalised(side: Side): string {
  return side.paragraphs.join(' ').replace(/\s+/g, ' ').trim().toLowerCase()
}

export function textDiff(source: Side, target: Side): DiffPart[] {
  const from = source.paragraphs.join('\n')
  const to = target.paragraphs.join('\n')
  const changes = diffWordsWithSpace(from, to, { maxEditLength: MAX_DIFF_EDITS })
  if (!changes) return [{ value: from, removed: true }, { value: to, added: true }]
  return changes.map(({ value, added, removed }) => ({ value, ...(added && { added }), ...(removed && { removed }) }))
}

function runKey(words: Token[], at: number): string {
  return words
    .slice(at, at + RUN_WORDS)
    .map((word) => word.text.toLowerCase())
    .join(' ')
}

/** Adds the stretch from words[from] to words[to - 1] (split by paragraph), merging overlaps. */
function addRun(spans: Span[], words: Token[], from: number, to: number): void {
  for (let i = from; i < to; ) {
    const paragraph = words[i].paragraph
    let j = i
    while (j + 1 < to && words[j + 1].paragraph === paragraph) j++
    const start = words[i].start
    const end = words[j].end
    const overlapping = spans.find((span) => span.paragraph === paragraph && span.start <= end && start <= span.end)
    if (overlapping) {
      overlapping.start = Math.min(overlapping.start, start)
      overlapping.end = Math.max(overlapping.end, end)
    } else {
      spans.push({ paragraph, start, end })
    }
    i = j + 1
  }
}

type Runs = { source: Span[]; target: Span[]; words: number }

/** Where the target has RUN_WORDS or more ordinary words in a row that the source has in the same order. */
function copiedRuns(sourceWords: Token[], targetWords: Token[]): Runs {
  const firstAt = new Map<string, number>()
  for (let i = 0; i + RUN_WORDS <= sourceWords.length; i++) {
    const key = runKey(sourceWords, i)
    if (!firstAt.has(key)) firstAt.set(key, i)
  }
  const runs: Runs = { source: [], target: [], words: 0 }
  let coveredUpTo = 0
  for (let i = 0; i + RUN_WORDS <= targetWords.length; i++) {
    const at = firstAt.get(runKey(targetWords, i))
    if (at === undefined) continue
    const lowerCase = targetWords.slice(i, i + RUN_WORDS).filter((word) => LOWER_CASE.test(word.text)).length
    if (lowerCase < MIN_LOWER_CASE_IN_RUN) continue
    runs.words += i + RUN_WORDS - Math.max(i, coveredUpTo)
    coveredUpTo = i + RUN_WORDS
    addRun(runs.source, sourceWords, at, at + RUN_WORDS)
    addRun(runs.target, targetWords, i, i + RUN_WORDS)
  }
  const order = (a: Span, b: Span) => a.paragraph - b.paragraph || a.start - b.start
  runs.source.sort(order)
  runs.target.sort(order)
  return runs
}

export function checkUntranslated(source: Side, target: Side): Draft[] {
  const sourceWords = ordinaryWords(source)
  if (sourceWords.filter((word) => LOWER_CASE.test(word.text)).length < MIN_IDENTICAL_WORDS) return []
  if (normalised(source) === normalised(target)) {
    return [
      {
        check: 'untranslated',
        severity: 'critical',
        params: { kind: 'identical', words: sourceWords.length },
        source: wholeParagraphs(source.paragraphs),
        target: wholeParagraphs(target.paragraphs),
        diff: textDiff(source, target),
        detail: 'identical',
      },
    ]
  }
  const targetWords = ordinaryWords(target)
  const runs = copiedRuns(sourceWords, targetWords)
  if (runs.words === 0) return []
  return [
    {
      check: 'untranslated',
      severity: 'major',
      params: { kind: 'partial', words: runs.words, share: Math.round((100 * runs.words) / targetWords.length) / 100 },
      source: runs.source,
      target: runs.target,
      diff: textDiff(source, target),
      detail: 'partial',
    },
  ]
}
