// A small command-line parser: positional arguments, and --flags that take values.
import { usageError } from './cli-error'

/** For each accepted flag: how many values it takes ('many' = until the next flag). */
export type FlagSpec = Record<string, 0 | 1 | 'many'>

export type ParsedArgs = { positional: string[]; flags: Map<string, string[]> }

export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = []
  const flags = new Map<string, string[]>()
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
    const arity = spec[name]
    if (arity === undefined) throw usageError(`unknown option --${name}`)
    if (flags.has(name)) throw usageError(`--${name} given twice`)
    const values: string[] = inline === undefined ? [] : [inline]
    while (values.length < (arity === 'many' ? Infinity : arity) && k + 1 < argv.length && !argv[k + 1].startsWith('--')) values.push(argv[++k])
    if (arity !== 0 && values.length === 0) throw usageError(`--${name} needs a value`)
    if (arity === 0 && values.length > 0) throw usageError(`--${name} takes no value`)
    flags.set(name, values)
  }
  return { positional, flags }
}

/** The single value of a flag, or undefined when it was not given. */
export function flagValue(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.[0]
}
