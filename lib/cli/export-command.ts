// tandem export: aligns a pair in the evaluation format and writes the export to stdout,
// with no database. Stored alignments export through the app's API (README, "Export").
import { statSync } from 'node:fs'
import path from 'node:path'
import packageJson from '../../package.json'
import { align } from '../alignment'
import { AppError } from '../errors'
import { exportChunks, exportOptionsSchema } from '../formats/export'
import { pairSchema, pairToExportInput } from '../formats/pair'
import type { ExportInput, ExportOptions } from '../formats/types'
import { flagValue, parseArgs } from './args'
import { CliError, usageError } from './cli-error'
import { EXPORT_USAGE } from './export-usage'
import { readJson } from './read-input'

function parseOptions(argv: string[]): { pair: string; options: ExportOptions } {
  const args = parseArgs(argv, { pair: 1, format: 1, beads: 1, 'one-sided': 1, bom: 0 })
  if (args.positional.length > 0) throw usageError(`unexpected argument ${args.positional[0]}`)
  const pair = flagValue(args, 'pair')
  if (!pair) throw usageError('export needs --pair FILE.json')
  const format = flagValue(args, 'format')
  if (!format) throw usageError('export needs --format tmx|xliff12|xliff21|csv|tsv|jsonl')
  const parsed = exportOptionsSchema.safeParse({
    format,
    beads: flagValue(args, 'beads'),
    oneSided: flagValue(args, 'one-sided'),
    bom: args.flags.has('bom'),
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const flag = String(issue?.path[0] ?? 'format').replace('oneSided', 'one-sided')
    const allowed = issue && 'values' in issue ? ` (one of ${(issue.values as string[]).join(', ')})` : ''
    throw usageError(`--${flag} ${JSON.stringify(flagValue(args, flag))} is not allowed${allowed}`)
  }
  return { pair, options: parsed.data }
}

function readPair(file: string): ExportInput {
  const parsed = pairSchema.safeParse(readJson(file))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CliError(`${file}: not a pair file (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'})`)
  }
  const pair = parsed.data
  const beads = align(pair.source, pair.target, { sourceLang: pair.source_lang, targetLang: pair.target_lang })
  const id = pair.id ?? path.basename(file, '.json')
  return pairToExportInput(pair, beads, { id, createdAt: statSync(file).mtime, toolVersion: packageJson.version })
}

export function exportCommand(argv: string[], write: (text: string) => void): void {
  if (argv.includes('--help') || argv.includes('-h')) return write(`${EXPORT_USAGE}\n`)
  const { pair, options } = parseOptions(argv)
  const input = readPair(pair)
  let chunks: Generator<string>
  try {
    // Everything that can be refused (language tags, no bead left) is refused before the first chunk.
    chunks = exportChunks(input, options)
    const first = chunks.next()
    if (!first.done) write(first.value)
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`${pair}: ${error.message}`)
    throw error
  }
  for (const chunk of chunks) write(chunk)
}
