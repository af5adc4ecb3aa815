// tandem align: a pair file (or several) in the evaluation format, or two plain-text files.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { align } from '../alignment'
import { splitParagraphs } from '../text/split-paragraphs'
import { flagValue, parseArgs } from './args'
import { CliError, usageError } from './cli-error'
import { formatAlignmentJson, formatAlignmentTsv } from './output'
import { readPairFile, requireNonEmptySides } from './pair-file'
import { readText } from './read-input'

export const ALIGN_USAGE = `tandem align --pair FILE.json [MORE.json ...] [--out DIR]
    Aligns pair files in the evaluation format (source, target, source_lang, target_lang).
    One file: JSON to stdout; with --out (required for several files): DIR/<same file name>.
    Output: {"beads": [[[source indices], [target indices]], ...], "confidence": [...], "reasons": [...]}
tandem align ORIGINAL.txt TRANSLATION.txt [--from LANG --to LANG] [--format json|tsv]
    Splits plain text into paragraphs at blank lines and aligns them. TSV columns: source and
    target paragraph numbers (from 1), confidence, source text, target text.`

function writeFile(file: string, text: string): void {
  try {
    writeFileSync(file, text)
  } catch (error) {
    throw new CliError(`${file}: cannot write (${error instanceof Error ? error.message : String(error)})`)
  }
}

function alignPairFiles(files: string[], outDir: string | undefined, write: (text: string) => void): void {
  if (files.length > 1 && !outDir) throw usageError('several --pair files need --out DIR')
  // Read and check every file first, so that a bad one stops the run before any output is written.
  const pairs = files.map(readPairFile)
  if (outDir) {
    try {
      mkdirSync(outDir, { recursive: true })
    } catch (error) {
      throw new CliError(`${outDir}: cannot create the output folder (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  for (const pair of pairs) {
    const beads = align(pair.source, pair.target, { sourceLang: pair.sourceLang, targetLang: pair.targetLang })
    const text = formatAlignmentJson(beads)
    if (outDir) writeFile(path.join(outDir, path.basename(pair.file)), text)
    else write(text)
  }
}

function alignTextFiles(originalFile: string, translationFile: string, args: ReturnType<typeof parseArgs>, write: (text: string) => void): void {
  const format = flagValue(args, 'format') ?? 'json'
  if (format !== 'json' && format !== 'tsv') throw usageError(`--format must be json or tsv, not ${format}`)
  if (args.flags.has('out')) throw usageError('--out is for --pair files')
  const source = splitParagraphs(readText(originalFile))
  const target = splitParagraphs(readText(translationFile))
  requireNonEmptySides(`${originalFile}, ${translationFile}`, source, target)
  const beads = align(source, target, { sourceLang: flagValue(args, 'from'), targetLang: flagValue(args, 'to') })
  write(format === 'tsv' ? formatAlignmentTsv(beads, source, target) : formatAlignmentJson(beads))
}

export function alignCommand(argv: string[], write: (text: string) => void): void {
  const args = parseArgs(argv, { pair: 'many', out: 1, from: 1, to: 1, format: 1 })
  const pairFiles = args.flags.get('pair')
  if (pairFiles) {
    if (args.positional.length > 0) throw usageError(`unexpected argument ${args.positional[0]} (pair files go after --pair)`)
    for (const flag of ['from', 'to', 'format']) if (args.flags.has(flag)) throw usageError(`--${flag} is for plain-text files; pair files carry their languages`)
    alignPairFiles(pairFiles, flagValue(args, 'out'), write)
    return
  }
  if (args.positional.length !== 2) throw usageError('align needs --pair FILE.json or two text files (ORIGINAL.txt TRANSLATION.txt)')
  alignTextFiles(args.positional[0], args.positional[1], args, write)
}
