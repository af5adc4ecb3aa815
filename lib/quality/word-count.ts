// Words of a text, as MQM's evaluation word count wants them (counted on the source).
// Languages written without spaces count with Intl.Segmenter's dictionary-based word breaks;
// the others with a regular expression, which is ten times faster on long documents.

const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo'])
// Letters or digits, joined by an apostrophe, hyphen or a decimal/grouping mark inside:
// "don't", "e-mail", "1,000.5" and "2.6.32" are one word each.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.,:/][\p{L}\p{M}\p{N}]+)*/gu

export function countWords(paragraphs: readonly string[], languageTag: string): number {
  const language = languageTag.split('-')[0]!.toLowerCase()
  if (UNSPACED.has(language)) {
    const segmenter = new Intl.Segmenter(languageTag, { granularity: 'word' })
    let words = 0
    for (const text of paragraphs) for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++
    return words
  }
  let words = 0
  for (const text of paragraphs) {
    WORD.lastIndex = 0
    while (WORD.exec(text)) words++
  }
  return words
}
