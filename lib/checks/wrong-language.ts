// A target paragraph written in the source language (left untranslated, or pasted from
// another version of the original). Languages in different scripts are told apart by script;
// languages sharing one (English, German, French, ...) by franc-min's trigram models.

import { francAll } from 'franc-min'
import { countScript } from './languages'
import type { Side } from './side'
import type { Draft } from './types'
import { textDiff } from './untranslated'

// franc-min is unreliable on short text (its own minimum is 10 characters, which is far too
// few for two related languages); 8 lower-case words is where DEV stopped showing mistakes.
const MIN_WORDS = 8
// franc-min reads at most 2,048 characters; 100 words are enough and keep the cost bounded.
const MAX_WORDS = 100
// Different scripts: a target paragraph with less than a quarter of its letters in its own
// script is in the wrong language. Correct DEV paragraphs full of commands and English terms
// go down to 0.37; untranslated ones are at 0.11 and below.
const MIN_OWN_SCRIPT_SHARE = 0.25
// A Chinese or Japanese character carries about as much as 2.6 Latin letters (the en→zh
// length ratio in DEV is 0.38), so characters are weighted by that to compare the scripts.
const HAN_WEIGHT = 2.6

// Scripts written without spaces between words; there, two characters count as one word.
const UNSPACED = new Set(['Han', 'Japanese', 'Thai'])
const CHARACTERS_PER_WORD = 2

// Lower-case words only: names, acronyms and code are the same in every language, and German
// capitalises nouns, so capitalised words would only blur the signal.
const LOWER_CASE_WORD = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}'’]+$/u

function isInSourceScript(text: string, source: Side, target: Side): boolean {
  const foreign = countScript(text, source.language.script)
  const weight = target.language.script === 'Han' || target.language.script === 'Japanese' ? HAN_WEIGHT : 1
  const own = countScript(text, target.language.script) * weight
  return foreign + own > 0 && own / (foreign + own) < MIN_OWN_SCRIPT_SHARE
}

/**
 * Whether the words read as the source language, both as a whole and in each half: a paragraph
 * half translated is not "in the wrong language" (its copied part is reported as untranslated).
 */
function isInSourceLanguage(words: string[], source: Side, target: Side): boolean {
  const [from, to] = [source.language.franc, target.language.franc]
  if (!from || !to) return false
  const detect = (part: string[]) => francAll(part.join(' '), { only: [from, to] })[0][0] === from
  const sample = words.slice(0, MAX_WORDS)
  const half = Math.ceil(sample.length / 2)
  return detect(sample) && detect(sample.slice(0, half)) && detect(sample.slice(half))
}

export function checkWrongLanguage(source: Side, target: Side): Draft[] {
  if (source.language.code === target.language.code) return []
  const sameScript = source.language.script === target.language.script
  const wrong: number[] = []
  const unspaced = UNSPACED.has(source.language.script)
  target.prose.forEach((text, paragraph) => {
    const words = target.words[paragraph].map((word) => word.text)
    const inSourceScript = words.filter((word) => LOWER_CASE_WORD.test(word) && countScript(word, source.language.script) === word.length)
    const evidence = unspaced ? countScript(text, source.language.script) / CHARACTERS_PER_WORD : inSourceScript.length
    if (evidence < MIN_WORDS) return
    if (sameScript ? isInSourceLanguage(inSourceScript, source, target) : isInSourceScript(text, source, target)) wrong.push(paragraph)
  })
  if (wrong.length === 0) return []
  return [
    {
      check: 'wrong-language',
      severity: 'critical',
      params: { language: source.language.code, paragraphs: wrong.length },
      source: [],
      target: wrong.map((paragraph) => ({ paragraph, start: 0, end: target.paragraphs[paragraph].length })),
      diff: textDiff(source, target),
      detail: wrong.join(','),
    },
  ]
}
