// The sample pair the product ships (prisma/samples): an English article and its German
// translation, with the alignment made by hand. Shared by the checks' tests and the review
// integration tests.
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { splitParagraphs } from '../../text/split-paragraphs'

function sample(name: string): string[] {
  return splitParagraphs(fs.readFileSync(fileURLToPath(new URL(`../../../prisma/samples/${name}`, import.meta.url)), 'utf8'))
}

export const english = sample('ceasefire-article.en.txt')
export const german = sample('ceasefire-article.de.txt')

/** [English paragraphs, German paragraphs], 0-based: 1–3 ↔ 1–3, 4 ↔ 4+5, 5–9 ↔ 6–10, German 11–15 alone. */
export const sampleBeads: [number[], number[]][] = [
  [[0], [0]], [[1], [1]], [[2], [2]], [[3], [3, 4]], [[4], [5]], [[5], [6]], [[6], [7]], [[7], [8]], [[8], [9]],
  [[], [10]], [[], [11]], [[], [12]], [[], [13]], [[], [14]],
]

/** The beads with their texts. */
export const samplePairs: [string[], string[]][] = sampleBeads.map(([s, t]) => [s.map((i) => english[i]!), t.map((i) => german[i]!)])
