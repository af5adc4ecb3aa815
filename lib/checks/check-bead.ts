// Every check on one bead, in a fixed order, each piece of text claimed by one check only.

import { checkBrackets } from './brackets'
import { checkDates } from './dates'
import { checkEmptySides } from './empty-side'
import { checkEntities } from './entities'
import { fingerprint } from './fingerprint'
import { defaultRatio, checkLengthRatio } from './length-ratio'
import { checkLinks } from './links'
import { checkNumbers } from './numbers'
import { checkQuotes } from './quotes'
import { isEmptySide, readSide } from './side'
import type { CheckInput, Draft, Finding } from './types'
import { checkUntranslated } from './untranslated'
import { checkWrongLanguage } from './wrong-language'

/** Every finding for one bead, in the order of `checkCodes`. */
export function checkBead(input: CheckInput): Finding[] {
  const source = readSide(input.source, input.sourceLang)
  const target = readSide(input.target, input.targetLang)
  const drafts: Draft[] = []
  if (isEmptySide(source) || isEmptySide(target)) {
    drafts.push(...checkEmptySides(source, target))
  } else {
    const dates = checkDates(source, target)
    const sourceNumbers = source.numbers.filter((token) => !dates.usedSourceNumbers.has(token))
    const targetNumbers = target.numbers.filter((token) => !dates.usedTargetNumbers.has(token))
    const untranslated = checkUntranslated(source, target)
    // One finding per untranslated text: a target identical to the source is not also reported
    // as being in the wrong language, and copied runs inside a paragraph already reported as
    // being in the wrong language are not reported again.
    const isIdentical = untranslated.some((draft) => draft.params.kind === 'identical')
    const wrongLanguage = isIdentical ? [] : checkWrongLanguage(source, target)
    const inWrongLanguage = new Set(wrongLanguage.flatMap((draft) => draft.target.map((span) => span.paragraph)))
    const copied = untranslated.filter((draft) => isIdentical || !draft.target.every((span) => inWrongLanguage.has(span.paragraph)))
    drafts.push(
      ...checkNumbers(source, target, sourceNumbers, targetNumbers),
      ...dates.drafts,
      ...checkLinks(source, target, 'url'),
      ...checkLinks(source, target, 'email'),
      ...checkEntities(source, target),
      ...checkBrackets(source, target),
      ...checkQuotes(source, target),
      ...copied,
      ...wrongLanguage,
      ...checkLengthRatio(source, target, input.expectedRatio ?? defaultRatio(source.language.code, target.language.code)),
    )
  }
  return drafts.map(({ detail, ...finding }) => ({
    ...finding,
    fingerprint: fingerprint(finding.check, detail, input.source, input.target),
  }))
}
