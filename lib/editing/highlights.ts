// Cutting a paragraph's text into runs for highlighting: search matches, review annotations,
// the spans of automatic findings. Ranges may overlap (annotations do); every run knows all the kinds of
// range that cover it, so the renderer can style overlaps.

/** `label`: what the range is, in words (an annotation's category and note), shown on hover. */
export type Highlight<K extends string = string> = { start: number; end: number; kind: K; label?: string }
export type TextRun<K extends string = string> = { text: string; start: number; kinds: K[]; labels: string[] }

/** The runs of `text`, split wherever a highlight starts or ends (offsets in UTF-16 code units). */
export function textRuns<K extends string>(text: string, highlights: Highlight<K>[]): TextRun<K>[] {
  const valid = highlights.filter((h) => h.start < h.end && h.start < text.length && h.end > 0)
  if (!valid.length) return [{ text, start: 0, kinds: [], labels: [] }]
  const cuts = new Set<number>([0, text.length])
  for (const h of valid) {
    cuts.add(Math.max(0, h.start))
    cuts.add(Math.min(text.length, h.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const runs: TextRun<K>[] = []
  for (let k = 0; k < points.length - 1; k++) {
    const [start, end] = [points[k]!, points[k + 1]!]
    const covering = valid.filter((h) => h.start <= start && h.end >= end)
    runs.push({ text: text.slice(start, end), start, kinds: covering.map((h) => h.kind), labels: covering.flatMap((h) => (h.label ? [h.label] : [])) })
  }
  return runs
}
