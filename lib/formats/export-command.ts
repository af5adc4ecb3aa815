// `tandem export --pair FILE.json --format …`: aligns a pair in the eval format and writes
// the export to stdout, with no database. The `tandem` dispatcher calls runExportCommand.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import packageJson from '../../package.json'
import { align } from '../alignment'
import { AppError } from '../errors'
import { exportChunks, exportOptionsSchema } from './export'
import { pairSchema, pairToExportInput } from './pair'
import type { ExportInput, ExportOptions } from './types'

export type CommandIo = { stdout: (text: string) => void; stderr: (text: string) => void }

const USAGE =
  'usage: tandem export --pair FILE.json --format tmx|xliff12|xliff21|csv|tsv|jsonl [--beads all|confirmed|approved] [--one-sided skip|keep] [--bom]'

const EXIT_USAGE = 64

/** Exit status 0 on success, 1 for bad input, 64 for a usage error; one line on stderr, never a stack trace. */
export async function runExportCommand(argv: string[], io: CommandIo): Promise<number> {
  let command: Command
  try {
    command = parseCommandLine(argv)
  } catch (error) {
    // Node's parseArgs messages add advice after the first sentence; the usage line is the advice.
    io.stderr(`tandem export: ${(error as Error).message.split('. ')[0].replace(/\.$/, '')}. ${USAGE}\n`)
    return EXIT_USAGE
  }
  if (command === 'help') {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  try {
    const input = await readPair(command.pair)
    for (const chunk of exportChunks(input, command.options)) io.stdout(chunk)
    return 0
  } catch (error) {
    io.stderr(`tandem export: ${error instanceof CommandError || error instanceof AppError ? error.message : `unexpected error: ${String(error)}`}\n`)
    return 1
  }
}

class CommandError extends Error {}

type Command = 'help' | { pair: string; options: ExportOptions }

/** `argv` is what follows `tandem export` (a leading "export" is accepted too). */
function parseCommandLine(argv: string[]): Command {
  const { values } = parseArgs({
    args: argv[0] === 'export' ? argv.slice(1) : argv,
    options: {
      pair: { type: 'string' },
      format: { type: 'string' },
      beads: { type: 'string' },
      'one-sided': { type: 'string' },
      bom: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) return 'help'
  if (!values.pair) throw new Error('--pair FILE.json is required')
  if (!values.format) throw new Error('--format is required')
  const parsed = exportOptionsSchema.safeParse({
    format: values.format,
    beads: values.beads,
    oneSided: values['one-sided'],
    bom: values.bom ?? false,
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`--${String(issue.path[0]).replace('oneSided', 'one-sided')}: ${issue.message}`)
  }
  return { pair: values.pair, options: parsed.data }
}

async function readPair(file: string): Promise<ExportInput> {
  let raw: string
  let modified: Date
  try {
    raw = await readFile(file, 'utf8')
    modified = (await stat(file)).mtime
  } catch (error) {
    throw new CommandError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new CommandError(`${file} is not valid JSON: ${(error as Error).message}`)
  }
  const parsed = pairSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CommandError(`${file} is not a pair file (${issue.path.join('.') || 'top level'}: ${issue.message})`)
  }
  const pair = parsed.data
  const beads = align(pair.source, pair.target, { sourceLang: pair.source_lang, targetLang: pair.target_lang })
  const id = pair.id ?? path.basename(file, '.json')
  return pairToExportInput(pair, beads, { id, createdAt: modified, toolVersion: packageJson.version })
}
