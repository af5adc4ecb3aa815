// The `tandem` command line: dispatches to one command per file. scripts/tandem.mjs bundles this
// file with esbuild and calls main(); the bundle also re-exports what the benchmark measures.
import { ALIGN_USAGE, alignCommand } from './align-command'
import { CliError, EXIT_BAD_INPUT, usageError } from './cli-error'
import { EVAL_USAGE, evalCommand } from './eval-command'
import { EXPORT_USAGE } from './export-usage'

export { align } from '../alignment'
export * from '../alignment/scoring'
export { evaluateDirectory } from './eval-command'

type Command = { usage: string; run: (argv: string[], write: (text: string) => void) => void | Promise<void> }

// One entry per subcommand; --help lists them in this order.
// To add a command (e.g. `tandem export`, implemented in lib/formats/), write lib/cli/<name>-command.ts
// exporting its usage text and run function, and register it here.
const COMMANDS: Record<string, Command> = {
  align: { usage: ALIGN_USAGE, run: alignCommand },
  eval: { usage: EVAL_USAGE, run: evalCommand },
  // Loaded on use: the formats and their libraries would add a tenth of a second to every `align`.
  export: { usage: EXPORT_USAGE, run: async (argv, write) => (await import('./export-command')).exportCommand(argv, write) },
}

export function helpText(): string {
  const usages = Object.values(COMMANDS).map((command) => command.usage)
  return `Tandem: paragraph alignment of a text and its translation.\n\n${usages.join('\n\n')}\n\ntandem --help    this text\n`
}

const write = (text: string) => void process.stdout.write(text)

/** Runs the command line and returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined) throw usageError('missing command')
    if (name === '--help' || name === '-h' || name === 'help') {
      write(helpText())
      return 0
    }
    const command = COMMANDS[name]
    if (!command) throw usageError(`unknown command ${name}`)
    await command.run(rest, write)
    return 0
  } catch (error) {
    const isCliError = error instanceof CliError
    process.stderr.write(`tandem: ${isCliError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`}\n`)
    return isCliError ? error.exitCode : EXIT_BAD_INPUT
  }
}
