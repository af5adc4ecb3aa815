// Export inputs for tests: every eval pair with its gold alignment, and a small sample with
// everything that has broken exporters elsewhere.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { align } from '../../alignment'
import { splitParagraphs } from '../../text/split-paragraphs'
import { goldBeads, pairSchema, pairToExportInput, type EvalPair } from '../pair'
import type { ExportAnnotation, ExportBead, ExportComment, ExportInput, ExportOptions } from '../types'
import { evalDir, repoRoot } from './kit'

export const createdAt = new Date('2026-01-02T10:00:00.000Z')

export function exportOptions(format: ExportOptions['format'], overrides: Partial<ExportOptions> = {}): ExportOptions {
  return { format, beads: 'all', oneSided: 'keep', includeComments: true, includeAnnotations: true, bom: false, ...overrides }
}

/** Every pair file in ../shared/eval/dev, its subfolders (the 10,000-paragraph speed pair) included. */
export function evalPairFiles(): string[] {
  return readdirSync(evalDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(evalDir, name))
}

/** The sample pairs the app loads (prisma/samples), split and aligned as the seed does it. */
export function samplePairs(): EvalPair[] {
  const dir = path.join(repoRoot, 'prisma/samples')
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8')
  const handbook = pairSchema.parse(JSON.parse(read('debian-handbook-ch7.json')))
  return [
    {
      id: 'sample-ceasefire-article',
      title: 'Ceasefire enforcement plan',
      source_lang: 'en',
      target_lang: 'de',
      source: splitParagraphs(read('ceasefire-article.en.txt')),
      target: splitParagraphs(read('ceasefire-article.de.txt')),
    },
    { ...handbook, id: 'sample-debian-handbook-ch7' },
  ]
}

/** A pair aligned by Tandem's aligner, as `tandem export` and the app export it. */
export function alignedExportInput(pair: EvalPair, meta: { createdAt?: Date; toolVersion?: string } = {}): ExportInput {
  const beads = align(pair.source, pair.target, { sourceLang: pair.source_lang, targetLang: pair.target_lang })
  return pairToExportInput(pair, beads, { id: pair.id ?? 'pair', createdAt: meta.createdAt ?? createdAt, toolVersion: meta.toolVersion ?? '0.1.0' })
}

export function evalExportInput(file: string): ExportInput {
  const pair = pairSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  const id = path.basename(file, '.json')
  return pairToExportInput(pair, goldBeads(pair.gold ?? []), { id, createdAt, toolVersion: '0.1.0' })
}

type BeadSpec = Partial<Omit<ExportBead, 'source' | 'target' | 'index'>> & { source: string[]; target: string[] }

/** Beads numbered in order, paragraphs numbered per side. */
export function buildInput(specs: BeadSpec[], overrides: Partial<ExportInput> = {}): ExportInput {
  let src = 0
  let tgt = 0
  const beads = specs.map((spec, i): ExportBead => ({
    id: `bead-${i + 1}`,
    confidence: 0.5,
    origin: 'AUTO',
    isConfirmed: false,
    reviewStatus: 'UNREVIEWED',
    comments: [],
    annotations: [],
    ...spec,
    index: i + 1,
    source: spec.source.map((text) => ({ number: ++src, text })),
    target: spec.target.map((text) => ({ number: ++tgt, text })),
  }))
  return { id: 'alignment-1', title: 'Sample', sourceLang: 'en', targetLang: 'ar', createdAt, toolVersion: '0.1.0', beads, ...overrides }
}

function comment(id: string, author: string, body: string, extra: Partial<ExportComment> = {}): ExportComment {
  return { id, author, body, createdAt, isResolved: false, replies: [], ...extra }
}

function annotation(fields: Partial<ExportAnnotation> & Pick<ExportAnnotation, 'side' | 'paragraphNumber' | 'start' | 'end'>): ExportAnnotation {
  return { id: `${fields.side}-${fields.start}`, quote: '', category: 'OTHER', severity: 'MINOR', note: '', status: 'OPEN', ...fields }
}

/**
 * en → ar (right to left) with Chinese and Japanese quoted inside, emoji (surrogate pairs),
 * XML specials, characters XML 1.0 forbids, CSV specials, every review status, every bead
 * shape (1-1, 2-1, 1-2, 2-2, 1-0, 0-1), comments with replies, overlapping, resolved and
 * outdated annotations.
 */
export function richSample(): ExportInput {
  return buildInput(
    [
      {
        source: ['The contract ends on 1 May & "quits" <b>now</b> ]]> \'ok\''],
        target: ['ينتهي العقد في 1 مايو & "يغادر" <b>الآن</b>'],
        reviewStatus: 'APPROVED',
        isConfirmed: true,
        origin: 'MANUAL',
        confidence: 0.987654321,
        comments: [
          comment('c1', 'Alice <a@x>', 'Is "quits" right? & why', {
            isResolved: true,
            replies: [{ id: 'c2', author: 'Bob', body: 'Yes.\nSecond line', createdAt }],
          }),
        ],
        annotations: [
          annotation({ side: 'TARGET', paragraphNumber: 1, start: 0, end: 5, quote: 'ينتهي', category: 'SPELLING', severity: 'MAJOR', note: 'should be "x" & <y>' }),
          annotation({ side: 'TARGET', paragraphNumber: 1, start: 3, end: 10, quote: 'هي الع', category: 'TERMINOLOGY', severity: 'CRITICAL' }),
          annotation({ side: 'SOURCE', paragraphNumber: 1, start: 4, end: 12, quote: 'contract', category: 'DATES', severity: 'NEUTRAL', status: 'RESOLVED' }),
          annotation({ side: 'SOURCE', paragraphNumber: 1, start: 0, end: 3, quote: 'Old', category: 'STYLE', status: 'OUTDATED' }),
        ],
      },
      {
        source: ['Roses are red,\nviolets are blue.', 'Second paragraph, with a comma, and a\ttab.'],
        target: ['الورود حمراء والبنفسج أزرق. 东京 と 北京'],
        reviewStatus: 'NEEDS_WORK',
        annotations: [annotation({ side: 'SOURCE', paragraphNumber: 3, start: 0, end: 6, quote: 'Second', category: 'OMISSION', severity: 'MAJOR', note: 'missing' })],
      },
      {
        source: ['One paragraph that became two: 中文 and 日本語です。'],
        target: ['فقرة واحدة', 'أصبحت اثنتين'],
        reviewStatus: 'REJECTED',
        isConfirmed: true,
      },
      { source: ['Not translated at all.'], target: [], comments: [comment('c3', 'Carol', 'Left out on purpose?')] },
      { source: [], target: ['ملاحظة المترجم'], reviewStatus: 'APPROVED' },
      {
        source: ['=SUM(A1:A2) starts like a formula; "quoted", comma', 'Control \u0001 bell\u0007 and \uFFFE and lone \uD800 surrogate'],
        target: ['-1 + 2', 'نص \u000B مع رموز'],
      },
      {
        source: ['Emoji 😀 and 👍🏽 everywhere'],
        target: ['رموز 😀 تعبيرية'],
        annotations: [
          // Offset 7 falls inside the surrogate pair of 😀: the markers must move off it.
          annotation({ side: 'SOURCE', paragraphNumber: 8, start: 7, end: 7, quote: '😀', category: 'OTHER' }),
          annotation({ side: 'TARGET', paragraphNumber: 8, start: 5, end: 5, quote: '', category: 'ADDITION', note: 'empty span' }),
        ],
      },
    ],
    { title: 'Sample & <rich> "title"' },
  )
}
