// tandem eval DIR: aligns every pair file with gold in DIR and prints strict precision, recall and
// F1 per file and micro-averaged, formatted exactly as ../shared/eval/score.py prints them.
import path from 'node:path'
import { type AlignedBead, align } from '../alignment'
import { addCounts, type IndexBead, prf, type StrictCounts, strictCounts } from '../alignment/scoring'
import { parseArgs } from './args'
import { usageError } from './cli-error'
import { toIndexBeads } from './output'
import { type PairFile, readPairFile } from './pair-file'
import { jsonFilesIn, readJson } from './read-input'

export const EVAL_USAGE = `tandem eval DIR
    Aligns every pair file with gold beads in DIR and prints strict bead precision, recall and
    F1 per file and micro-averaged (the numbers ../shared/eval/score.py prints).`

export type EvaluatedPair = { id: string; pair: PairFile; gold: IndexBead[]; beads: AlignedBead[]; predicted: IndexBead[]; counts: StrictCounts }

/** score.py's id: the file's "id", else its name without .json. */
function pairId(file: string): string {
  const data = readJson(file) as Record<string, unknown>
  return typeof data.id === 'string' ? data.id : path.basename(file, '.json')
}

/** Aligns every file of `directory` that has gold beads (files without are skipped, as score.py does). */
export function evaluateDirectory(directory: string): EvaluatedPair[] {
  const results: EvaluatedPair[] = []
  for (const file of jsonFilesIn(directory)) {
    const pair = readPairFile(file)
    if (!pair.gold) continue
    const beads = align(pair.source, pair.target, { sourceLang: pair.sourceLang, targetLang: pair.targetLang })
    const predicted = toIndexBeads(beads)
    results.push({ id: pairId(file), pair, gold: pair.gold, beads, predicted, counts: strictCounts(pair.gold, predicted) })
  }
  return results
}

/**
 * Python's "{:.3f}": the exact binary value rounded half to even. Only values that are odd multiples
 * of 1/16 lie exactly halfway at three decimals; everywhere else toFixed rounds the same way.
 */
export function formatLikePython(x: number): string {
  const sixteenths = x * 16
  if (Number.isInteger(sixteenths) && Math.abs(sixteenths % 2) === 1) {
    const thousandths = x * 1000
    const lower = Math.floor(thousandths)
    return ((lower % 2 === 0 ? lower : lower + 1) / 1000).toFixed(3)
  }
  return x.toFixed(3)
}

function row(label: string, counts: StrictCounts): string {
  const { precision, recall, f1 } = prf(counts)
  const numbers = [precision, recall, f1].map((x) => formatLikePython(x).padStart(6)).join(' ')
  return `${label.slice(0, 40).padEnd(40)} ${String(counts.gold).padStart(5)} ${String(counts.predicted).padStart(5)}  ${numbers}`
}

export function formatEvaluation(results: EvaluatedPair[]): string {
  const lines = [`${'file'.padEnd(40)} ${'gold'.padStart(5)} ${'pred'.padStart(5)}  ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`]
  let total: StrictCounts = { gold: 0, predicted: 0, matched: 0 }
  let f1Sum = 0
  for (const result of results) {
    lines.push(row(result.id, result.counts))
    total = addCounts(total, result.counts)
    f1Sum += prf(result.counts).f1
  }
  lines.push(`${row(`MICRO (${results.length} files)`, total)}   (macro strict F1 ${formatLikePython(f1Sum / results.length)})`)
  return lines.join('\n') + '\n'
}

export function evalCommand(argv: string[], write: (text: string) => void): void {
  const args = parseArgs(argv, {})
  if (args.positional.length !== 1) throw usageError('eval needs exactly one directory')
  const results = evaluateDirectory(args.positional[0])
  if (results.length === 0) throw usageError(`${args.positional[0]}: no pair files with gold beads`)
  write(formatEvaluation(results))
}
