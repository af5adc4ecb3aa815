// Short, structured reasons for doubt about a bead, and their English wording.
import type { ParagraphFeatures } from './features'
import { LENGTH_SMOOTHING, type ModelParameters } from './model'
import type { SharedTokens } from './shared-tokens'
import { runSentenceCount } from './runs'
import type { BeadRange, Reason } from './types'

// A length this many spreads away from the expected one happens to about 1 % of true translations.
const LENGTH_DOUBT_SIGMAS = 2.6
// Tokens a translator keeps at least this often (measured on the pair) are worth naming when missing.
const NAME_KEEP_RATE = 0.6
// Names and terms are rare: a word in more paragraphs than this is a word two languages share
// ("des" in German and French), not a name a translation should keep.
const RARE_SHARE = 0.1
const MIN_RARE_PARAGRAPHS = 5
// Single letters ("e" of "e.g.") are no names.
const MIN_NAME_LENGTH = 2
// A sentence count this many spreads away from the original's is worth a look.
const SENTENCE_DOUBT_SIGMAS = 2
const MIN_SENTENCE_VARIANCE = 0.05
// Below this confidence an editor should know that another alignment is nearly as likely.
const CLOSE_ALTERNATIVE_BELOW = 0.5
// Enough examples to recognise the problem without flooding the list.
const MAX_LISTED = 3

export type ReasonContext = {
  source: ParagraphFeatures[]
  target: ParagraphFeatures[]
  shared: SharedTokens
  params: ModelParameters
  /** Scratch, one entry per shared token (see createReasonContext). */
  inTarget: Int32Array
}

export function createReasonContext(source: ParagraphFeatures[], target: ParagraphFeatures[], shared: SharedTokens, params: ModelParameters): ReasonContext {
  return { source, target, shared, params, inTarget: new Int32Array(shared.vocabulary.length) }
}

const NONE: ReadonlySet<string> = new Set()

/** The items of paragraphs [start, end); most paragraphs have none, and no set is made for them. */
function collect(perParagraph: string[][], start: number, end: number): ReadonlySet<string> {
  let all: Set<string> | undefined
  for (let k = start; k < end; k++) {
    const items = perParagraph[k]
    if (items.length === 0) continue
    all ??= new Set()
    for (const item of items) all.add(item)
  }
  return all ?? NONE
}

function totalLength(paragraphs: ParagraphFeatures[], start: number, end: number): number {
  let total = 0
  for (let k = start; k < end; k++) total += paragraphs[k].length
  return total
}

/** Numbers without those that are only parts of another listed one ("18" and "00" of "18.00"). */
function withoutParts(numbers: string[]): string[] {
  return numbers.filter((x) => !numbers.some((y) => y !== x && y.split(/[._\-/:]/).includes(x)))
}

const list = (items: string[]) => (items.length ? items.slice(0, MAX_LISTED).join(', ') : '–')

function shapeReasons(a: number, b: number): Reason[] {
  if (a === 0) return [{ code: 'no-counterpart', params: { side: 'target' } }]
  if (b === 0) return [{ code: 'no-counterpart', params: { side: 'source' } }]
  if (a > 1 && b === 1) return [{ code: 'merge', params: { sourceCount: a } }]
  if (a === 1 && b > 1) return [{ code: 'split', params: { targetCount: b } }]
  if (a > 1 && b > 1) return [{ code: 'many-to-many', params: { sourceCount: a, targetCount: b } }]
  return []
}

function contentReasons(bead: BeadRange, context: ReasonContext): Reason[] {
  const { source, target, shared, params } = context
  const reasons: Reason[] = []
  const ls = totalLength(source, bead.srcStart, bead.srcEnd)
  const lt = totalLength(target, bead.tgtStart, bead.tgtEnd)
  const deviation = Math.log((lt + LENGTH_SMOOTHING) / (params.lengthRatio * ls + LENGTH_SMOOTHING))
  if (Math.abs(deviation) > LENGTH_DOUBT_SIGMAS * params.lengthSigma) {
    reasons.push({ code: 'length-ratio', params: { ratio: Math.round(Math.exp(deviation) * 10) / 10 } })
  }

  const numbersS = collect(shared.sourceNumbers, bead.srcStart, bead.srcEnd)
  const numbersT = collect(shared.targetNumbers, bead.tgtStart, bead.tgtEnd)
  const onlyS = numbersS.size ? withoutParts([...numbersS].filter((x) => !numbersT.has(x))) : []
  const onlyT = numbersT.size ? withoutParts([...numbersT].filter((x) => !numbersS.has(x))) : []
  if (onlyS.length || onlyT.length) reasons.push({ code: 'numbers-differ', params: { source: list(onlyS), target: list(onlyT) } })

  const sentencesS = runSentenceCount(source, bead.srcStart, bead.srcEnd)
  const sentencesT = runSentenceCount(target, bead.tgtStart, bead.tgtEnd)
  // Only a difference the pair's own translations rarely show (beyond two standard deviations).
  const variance = Math.max(MIN_SENTENCE_VARIANCE, (params.sentenceVariance * (sentencesS + sentencesT)) / 2)
  if ((sentencesS - sentencesT) ** 2 > SENTENCE_DOUBT_SIGMAS ** 2 * variance) {
    reasons.push({ code: 'sentence-count', params: { source: sentencesS, target: sentencesT } })
  }

  // inTarget[w] === stamp: token w is in the bead's target paragraphs (no Set per bead).
  const { inTarget } = context
  const stamp = bead.tgtStart + 1
  for (let q = bead.tgtStart; q < bead.tgtEnd; q++) {
    const tokens = shared.target[q]
    for (let x = 0; x < tokens.length; x++) inTarget[tokens[x]] = stamp
  }
  const rareBelow = Math.max(MIN_RARE_PARAGRAPHS, RARE_SHARE * source.length)
  let missing: Set<string> | undefined
  for (let p = bead.srcStart; p < bead.srcEnd; p++) {
    const tokens = shared.source[p]
    for (let x = 0; x < tokens.length; x++) {
      const w = tokens[x]
      if (inTarget[w] === stamp || shared.dfSource[w] > rareBelow || !(params.keep[w] >= NAME_KEEP_RATE)) continue
      const token = shared.vocabulary[w]
      if (token.length >= MIN_NAME_LENGTH && !numbersS.has(token)) (missing ??= new Set()).add(token)
    }
  }
  if (missing) reasons.push({ code: 'names-missing', params: { tokens: list([...missing]) } })
  return reasons
}

/** Reasons for doubt about one bead, given its confidence. */
export function beadReasons(bead: BeadRange, confidence: number, context: ReasonContext): Reason[] {
  const a = bead.srcEnd - bead.srcStart
  const b = bead.tgtEnd - bead.tgtStart
  const reasons = shapeReasons(a, b)
  if (a > 0 && b > 0) reasons.push(...contentReasons(bead, context))
  if (confidence < CLOSE_ALTERNATIVE_BELOW) reasons.push({ code: 'close-alternative', params: { confidence: Math.round(confidence * 100) / 100 } })
  return reasons
}

const plural = (count: string | number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** English wording of a reason (the CLI's; the web app renders the structured form itself). */
export function formatReason(reason: Reason): string {
  const p = reason.params
  switch (reason.code) {
    case 'no-counterpart':
      return p.side === 'source' ? 'no counterpart found in the translation' : 'no counterpart found in the original'
    case 'merge':
      return `${plural(p.sourceCount, 'source paragraph')} joined into one`
    case 'split':
      return `one source paragraph split into ${p.targetCount}`
    case 'many-to-many':
      return `${plural(p.sourceCount, 'source paragraph')} matched with ${p.targetCount} target paragraphs`
    case 'length-ratio':
      return `length ${p.ratio}× the expected ratio`
    case 'numbers-differ':
      return `numbers differ: ${p.source} / ${p.target}`
    case 'sentence-count':
      return `sentence count differs: ${p.source} / ${p.target}`
    case 'names-missing':
      return `names or terms not found in the translation: ${p.tokens}`
    case 'close-alternative':
      return `another alignment is nearly as likely (confidence ${p.confidence})`
    case 'confirmed':
      return 'confirmed by an editor'
  }
}
