// Tokens that occur on both sides of the pair: numbers, names, code, URLs, cognates and loan
// words. A token that never occurs on the other side carries no evidence, so only shared tokens
// are kept, as a sorted array of ids per paragraph.
import { createTokenTable, type TokenTable } from './token-table'
import { createTokenBuffer, tokenize, tokenText } from './tokenizer'

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

type Side = { ids: number[][]; numbers: string[][] }

/**
 * Tokenises every paragraph of one side. On the source side (`words` given) new tokens are added
 * to the table and their text to `words`; on the target side unknown tokens are skipped, since
 * only tokens the source has can be shared. `df` counts paragraphs per token id.
 */
function collect(texts: string[], table: TokenTable, df: number[], words?: string[]): Side {
  const buffer = createTokenBuffer()
  // A token repeated inside a paragraph counts once: lastSeen[id] holds the last paragraph number.
  let lastSeen = new Int32Array(Math.max(1024, 2 * df.length)).fill(-1)
  const side: Side = { ids: [], numbers: [] }
  texts.forEach((text, p) => {
    tokenize(text, buffer)
    const found: number[] = []
    const numbers: string[] = []
    for (let k = 0; k < buffer.count; k++) {
      if (buffer.isNumber[k] === 1) {
        // Numbers are ASCII digits and joiners, which fold to themselves.
        const number = text.slice(buffer.start[k], buffer.end[k])
        if (!numbers.includes(number)) numbers.push(number)
      }
      let id = table.find(buffer.hashA[k], buffer.hashB[k])
      if (id < 0) {
        if (!words) continue
        id = table.add(buffer.hashA[k], buffer.hashB[k])
        words.push(tokenText(buffer, k))
        df.push(0)
        if (id >= lastSeen.length) {
          const bigger = new Int32Array(2 * lastSeen.length).fill(-1)
          bigger.set(lastSeen)
          lastSeen = bigger
        }
      }
      if (lastSeen[id] === p) continue
      lastSeen[id] = p
      df[id]++
      found.push(id)
    }
    side.ids.push(found)
    side.numbers.push(numbers)
  })
  return side
}

export function findSharedTokens(sourceTexts: string[], targetTexts: string[]): SharedTokens {
  const table = createTokenTable()
  const words: string[] = []
  const dfS: number[] = []
  const source = collect(sourceTexts, table, dfS, words)
  const dfT: number[] = new Array<number>(dfS.length).fill(0)
  const target = collect(targetTexts, table, dfT)
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
  const sharedIds = (local: number[]) => {
    const kept: number[] = []
    for (const id of local) if (renumber[id] >= 0) kept.push(renumber[id])
    return Int32Array.from(kept).sort()
  }
  return {
    vocabulary,
    source: source.ids.map(sharedIds),
    target: target.ids.map(sharedIds),
    dfSource: Int32Array.from(dfSource),
    dfTarget: Int32Array.from(dfTarget),
    sourceNumbers: source.numbers,
    targetNumbers: target.numbers,
  }
}
