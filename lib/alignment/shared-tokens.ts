// Tokens that occur on both sides of the pair: numbers, names, code, URLs, cognates and loan
// words. A token that never occurs on the other side carries no evidence, so only shared tokens
// are kept, as a sorted array of ids per paragraph.
import { createTokenTable, type TokenTable } from './token-table'
import { createTokenBuffer, type TokenBuffer, tokenize, tokenText } from './tokenizer'

export type SharedTokens = {
  vocabulary: string[]
  source: Int32Array[]
  target: Int32Array[]
  /** Number of source / target paragraphs holding each token. */
  dfSource: Int32Array
  dfTarget: Int32Array
  /** Distinct number tokens of each paragraph (shared or not), for reasons. */
  sourceNumbers: string[][]
  targetNumbers: string[][]
}

/** Token ids of every paragraph of one side, paragraph p's at ids[offsets[p] .. offsets[p + 1]). */
type Side = { ids: Int32Array<ArrayBuffer>; offsets: Int32Array; numbers: string[][] }

/**
 * Tokenises every paragraph of one side. On the source side (`words` given) new tokens are added
 * to the table and their text to `words`; on the target side unknown tokens are skipped, since
 * only tokens the source has can be shared. `df` counts paragraphs per token id.
 */
function collect(texts: string[], buffer: TokenBuffer, table: TokenTable, df: number[], words?: string[]): Side {
  // A token repeated inside a paragraph counts once: lastSeen[id] holds the last paragraph number.
  let lastSeen = new Int32Array(Math.max(1024, 2 * df.length)).fill(-1)
  // Room for a token per four characters of text: the array rarely has to grow.
  let ids = new Int32Array(Math.max(1024, totalLength(texts) >> 2))
  let filled = 0
  const offsets = new Int32Array(texts.length + 1)
  const numbers: string[][] = []
  for (let p = 0; p < texts.length; p++) {
    const text = texts[p]
    tokenize(text, buffer)
    let found: string[] | undefined
    for (let k = 0; k < buffer.count; k++) {
      if (buffer.isNumber[k] === 1) {
        // Numbers are ASCII digits and joiners, which fold to themselves.
        const number = text.slice(buffer.start[k], buffer.end[k])
        if (!found) found = [number]
        else if (!found.includes(number)) found.push(number)
      }
      let id = table.find(buffer.hashA[k], buffer.hashB[k])
      if (id < 0) {
        if (!words) continue
        id = table.add(buffer.hashA[k], buffer.hashB[k])
        words.push(tokenText(buffer, k))
        df.push(0)
        if (id >= lastSeen.length) lastSeen = grown(lastSeen, -1)
      }
      if (lastSeen[id] === p) continue
      lastSeen[id] = p
      df[id]++
      if (filled === ids.length) ids = grown(ids, 0)
      ids[filled++] = id
    }
    offsets[p + 1] = filled
    numbers.push(found ?? NO_NUMBERS)
  }
  return { ids, offsets, numbers }
}

// Shared by every paragraph without numbers (never changed).
const NO_NUMBERS: string[] = []

function longestText(texts: string[]): number {
  let longest = 0
  for (const text of texts) longest = Math.max(longest, text.length)
  return longest
}

function totalLength(texts: string[]): number {
  let sum = 0
  for (const text of texts) sum += text.length
  return sum
}

/** A copy twice as long, the new half filled with `fill`. */
function grown(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(2 * array.length).fill(fill)
  bigger.set(array)
  return bigger
}

/** Per paragraph, the sorted shared ids of its tokens: views into one array. */
function sharedIds(side: Side, renumber: Int32Array): Int32Array[] {
  const kept = new Int32Array(side.offsets[side.offsets.length - 1])
  const perParagraph: Int32Array[] = []
  let filled = 0
  for (let p = 0; p + 1 < side.offsets.length; p++) {
    const start = filled
    for (let x = side.offsets[p]; x < side.offsets[p + 1]; x++) if (renumber[side.ids[x]] >= 0) kept[filled++] = renumber[side.ids[x]]
    perParagraph.push(kept.subarray(start, filled).sort())
  }
  return perParagraph
}

export function findSharedTokens(sourceTexts: string[], targetTexts: string[]): SharedTokens {
  const table = createTokenTable()
  // One buffer for both sides, big enough for the longest paragraph: a second one would make V8
  // throw away the tokenizer's optimised code.
  const buffer = createTokenBuffer(Math.max(longestText(sourceTexts), longestText(targetTexts)))
  const words: string[] = []
  const dfS: number[] = []
  const source = collect(sourceTexts, buffer, table, dfS, words)
  // Packed like dfS (not a holey array of the same length), so that collect sees one kind of array.
  const dfT = dfS.map(() => 0)
  const target = collect(targetTexts, buffer, table, dfT)
  // Keep and renumber only the tokens seen on both sides.
  const renumber = new Int32Array(dfS.length).fill(-1)
  const vocabulary: string[] = []
  const dfSource: number[] = []
  const dfTarget: number[] = []
  for (let id = 0; id < dfS.length; id++) {
    if (dfT[id] === 0) continue
    renumber[id] = vocabulary.length
    vocabulary.push(words[id])
    dfSource.push(dfS[id])
    dfTarget.push(dfT[id])
  }
  return {
    vocabulary,
    source: sharedIds(source, renumber),
    target: sharedIds(target, renumber),
    dfSource: Int32Array.from(dfSource),
    dfTarget: Int32Array.from(dfTarget),
    sourceNumbers: source.numbers,
    targetNumbers: target.numbers,
  }
}
