// Splitting plain text into paragraphs, shared by the web import, the command line and the
// sample loader. Pure: no I/O.

export type SplitMode = 'blank-lines' | 'line-breaks'

/** Normalises line ends (CRLF, CR, Unicode line/paragraph separators) to "\n" and drops a BOM. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
}

/**
 * Splits text into paragraphs.
 * - `blank-lines` (default): paragraphs are separated by one or more blank lines (lines
 *   holding only whitespace); a single line break stays inside its paragraph.
 * - `line-breaks`: every non-empty line is a paragraph.
 * Each paragraph is trimmed; trailing spaces are removed from its inner lines; empty
 * paragraphs are dropped.
 */
export function splitParagraphs(text: string, mode: SplitMode = 'blank-lines'): string[] {
  const lines = normalizeNewlines(text).split('\n').map((line) => line.replace(/[ \t\f\v\u00A0]+$/, ''))
  const paragraphs: string[] = []
  if (mode === 'line-breaks') {
    for (const line of lines) {
      const trimmed = line.trim()
      if (trimmed) paragraphs.push(trimmed)
    }
    return paragraphs
  }
  let current: string[] = []
  const flush = () => {
    const paragraph = current.join('\n').trim()
    if (paragraph) paragraphs.push(paragraph)
    current = []
  }
  for (const line of lines) {
    if (line.trim() === '') flush()
    else current.push(line)
  }
  flush()
  return paragraphs
}
