// Test support: a translator's edits applied to a paragraph-by-paragraph translation, with the
// gold alignment recorded while editing (the same edits as ../shared/eval/make_eval.py makes).
// Used by the aligner's unit tests only.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { BeadRange } from './types'

export type Edit =
  | { op: 'merge'; at: number; count?: 2 | 3 }
  | { op: 'split'; at: number; count?: 2 | 3 }
  | { op: 'drop'; at: number }
  | { op: 'add'; at: number; text: string }
  | { op: 'move'; at: number }

export type EditedPair = { source: string[]; target: string[]; gold: BeadRange[] }

const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}\d“"])|(?<=[。！？])/u

export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_BREAK).filter((s) => s.length > 0)
}

const join = (parts: string[], cjk: boolean) => parts.join(cjk ? '' : ' ')

/** Cuts a paragraph into `count` pieces at sentence breaks, as evenly as its sentences allow. */
function cut(text: string, count: number, cjk: boolean): string[] {
  const sentences = sentencesOf(text)
  if (sentences.length < count) throw new Error(`cannot split into ${count}: "${text.slice(0, 40)}…" has ${sentences.length} sentences`)
  const pieces: string[] = []
  let from = 0
  for (let k = 1; k <= count; k++) {
    const to = k === count ? sentences.length : Math.round((k * sentences.length) / count)
    pieces.push(join(sentences.slice(from, Math.max(to, from + 1)), cjk))
    from = Math.max(to, from + 1)
  }
  return pieces
}

/**
 * Applies `edits` (at distinct base paragraph numbers, in any order) to a 1-1 translation
 * `source`/`target` and returns the edited target with its gold beads.
 */
export function editPair(source: string[], target: string[], edits: Edit[], options: { cjk?: boolean } = {}): EditedPair {
  if (source.length !== target.length) throw new Error('editPair needs a 1-1 translation')
  const cjk = options.cjk ?? false
  const byPosition = new Map<number, Edit>()
  for (const edit of edits) byPosition.set(edit.at, edit)
  const edited: string[] = []
  const gold: BeadRange[] = []
  const bead = (srcStart: number, srcEnd: number, pieces: string[]) => {
    gold.push({ srcStart, srcEnd, tgtStart: edited.length, tgtEnd: edited.length + pieces.length })
    edited.push(...pieces)
  }
  let carried: string | undefined
  for (let i = 0; i < source.length; ) {
    const edit = byPosition.get(i)
    const own = carried === undefined ? target[i] : join([carried, target[i]], cjk)
    carried = undefined
    if (!edit) {
      bead(i, i + 1, [own])
      i++
      continue
    }
    switch (edit.op) {
      case 'merge': {
        const count = edit.count ?? 2
        bead(i, i + count, [join([own, ...target.slice(i + 1, i + count)], cjk)])
        i += count
        break
      }
      case 'split':
        bead(i, i + 1, cut(own, edit.count ?? 2, cjk))
        i++
        break
      case 'drop':
        bead(i, i + 1, [])
        i++
        break
      case 'add':
        bead(i, i, [edit.text])
        bead(i, i + 1, [own])
        i++
        break
      case 'move': {
        // The last sentence of paragraph i opens paragraph i + 1: a 2-2 bead.
        const sentences = sentencesOf(own)
        if (sentences.length < 2) throw new Error(`cannot move a sentence out of "${own.slice(0, 40)}…"`)
        const moved = sentences.pop()!
        bead(i, i + 2, [join(sentences, cjk), join([moved, target[i + 1]], cjk)])
        i += 2
        break
      }
    }
  }
  return { source, target: edited, gold }
}

type SamplePair = { source: string[]; target: string[] }

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/samples')

/** Chapter 7 of the Debian Administrator's Handbook, English and German, 102 paragraphs 1-1. */
export function handbookChapter(): SamplePair {
  const data = JSON.parse(readFileSync(path.join(samples, 'debian-handbook-ch7.json'), 'utf8')) as SamplePair
  return { source: data.source, target: data.target }
}

export const key = (b: BeadRange) => `${b.srcStart}-${b.srcEnd}:${b.tgtStart}-${b.tgtEnd}`

/** Share of gold beads found exactly. */
export function exactRecall(gold: BeadRange[], predicted: BeadRange[]): number {
  const found = new Set(predicted.map(key))
  return gold.filter((b) => found.has(key(b))).length / Math.max(1, gold.length)
}

/** The beads tile both documents in order; a 0-sided bead holds exactly one paragraph. */
export function expectTiling(beads: BeadRange[], n: number, m: number): void {
  let s = 0
  let t = 0
  for (const b of beads) {
    expect([b.srcStart, b.tgtStart]).toEqual([s, t])
    const a = b.srcEnd - b.srcStart
    const c = b.tgtEnd - b.tgtStart
    expect(a + c).toBeGreaterThan(0)
    if (a === 0 || c === 0) expect(a + c).toBe(1)
    s = b.srcEnd
    t = b.tgtEnd
  }
  expect([s, t]).toEqual([n, m])
}
