// The evaluation file format of ../shared/eval/README.md: {"source": [...], "target": [...],
// "source_lang", "target_lang", "gold"?}. Only what the aligner and the scorer need is read.
import type { IndexBead } from '../alignment/scoring'
import { CliError } from './cli-error'
import { readJson } from './read-input'

export type PairFile = {
  file: string
  source: string[]
  target: string[]
  sourceLang?: string
  targetLang?: string
  gold?: IndexBead[]
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((x) => typeof x === 'string')
const isIndexList = (value: unknown): value is number[] => Array.isArray(value) && value.every((x) => Number.isInteger(x))
const isBeadList = (value: unknown): value is IndexBead[] =>
  Array.isArray(value) && value.every((bead) => Array.isArray(bead) && bead.length === 2 && isIndexList(bead[0]) && isIndexList(bead[1]))

export function requireNonEmptySides(file: string, source: string[], target: string[]): void {
  if (source.length === 0) throw new CliError(`${file}: the original (source) has no paragraphs`)
  if (target.length === 0) throw new CliError(`${file}: the translation (target) has no paragraphs`)
}

export function readPairFile(file: string): PairFile {
  const data = readJson(file)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CliError(`${file}: expected a JSON object with "source" and "target"`)
  const record = data as Record<string, unknown>
  if (!isStringArray(record.source) || !isStringArray(record.target)) {
    throw new CliError(`${file}: "source" and "target" must be arrays of strings`)
  }
  requireNonEmptySides(file, record.source, record.target)
  if (record.gold !== undefined && !isBeadList(record.gold)) throw new CliError(`${file}: "gold" must be a list of [[source indices], [target indices]]`)
  return {
    file,
    source: record.source,
    target: record.target,
    sourceLang: typeof record.source_lang === 'string' ? record.source_lang : undefined,
    targetLang: typeof record.target_lang === 'string' ? record.target_lang : undefined,
    gold: record.gold,
  }
}
