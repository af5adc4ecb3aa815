// Where an annotated span goes when its paragraph's wording is edited: offsets follow the
// edit, and a span whose own text changed is marked outdated (the annotation no longer
// describes what is there). Uses jsdiff's character diff.
import { diffChars } from 'diff'

export type RemappedSpan = { start: number; end: number; isOutdated: boolean }

/**
 * Maps offset `offset` of `oldText` into the new text. `bias` says where an offset lands when
 * text was inserted exactly there: 'after' the insertion (for a span's start) or 'before' it
 * (for a span's end), so text typed next to a span never joins it.
 */
function mapOffset(parts: ReturnType<typeof diffChars>, offset: number, bias: 'before' | 'after'): number {
  let oldPos = 0
  let newPos = 0
  for (const part of parts) {
    const length = part.value.length
    if (part.added) {
      if (oldPos === offset && bias === 'before') return newPos
      newPos += length
      continue
    }
    if (part.removed) {
      if (offset >= oldPos && offset < oldPos + length) return newPos
      oldPos += length
      continue
    }
    if (offset >= oldPos && offset < oldPos + length) return newPos + (offset - oldPos)
    if (offset === oldPos + length && bias === 'before') return newPos + length
    oldPos += length
    newPos += length
  }
  return newPos
}

export function remapSpan(oldText: string, newText: string, span: { start: number; end: number }): RemappedSpan {
  const parts = diffChars(oldText, newText)
  let start = mapOffset(parts, span.start, 'after')
  let end = mapOffset(parts, span.end, 'before')
  const quote = oldText.slice(span.start, span.end)
  if (end > start && newText.slice(start, end) === quote) return { start, end, isOutdated: false }
  // The span's own text changed: keep a non-empty span inside the new text, outdated.
  start = Math.min(start, Math.max(0, newText.length - 1))
  end = Math.min(Math.max(end, start + 1), newText.length)
  return { start, end, isOutdated: true }
}

const WINDOW_SEPARATOR = '\n'

/**
 * Where a span of paragraph `index` of `oldTexts` goes when those paragraphs become
 * `newTexts` (an edit, a split or a join replayed by undo/redo): the paragraphs are read as
 * one text, the span follows the character diff, and lands in the paragraph that holds its
 * start. A span that would run over a paragraph boundary is cut at it and marked outdated.
 * For annotations a replayed change did not know (made after it).
 */
export function remapWindowSpan(oldTexts: readonly string[], newTexts: readonly string[], span: { index: number; start: number; end: number }): RemappedSpan & { index: number } {
  const offsets = (texts: readonly string[]) => texts.reduce<number[]>((starts, text, k) => [...starts, k === 0 ? 0 : starts[k - 1]! + texts[k - 1]!.length + WINDOW_SEPARATOR.length], [])
  const oldStarts = offsets(oldTexts)
  const newStarts = offsets(newTexts)
  const base = oldStarts[span.index]!
  const moved = remapSpan(oldTexts.join(WINDOW_SEPARATOR), newTexts.join(WINDOW_SEPARATOR), { start: base + span.start, end: base + span.end })
  let index = newStarts.findLastIndex((start) => start <= moved.start)
  // A start on the separator after a paragraph belongs to the next one.
  if (moved.start - newStarts[index]! >= newTexts[index]!.length && index < newTexts.length - 1) index++
  const length = newTexts[index]!.length
  const start = Math.min(Math.max(0, moved.start - newStarts[index]!), Math.max(0, length - 1))
  const end = Math.min(moved.end - newStarts[index]!, length)
  if (end > start) return { index, start, end, isOutdated: moved.isOutdated }
  return { index, start, end: Math.min(start + 1, length), isOutdated: true }
}
