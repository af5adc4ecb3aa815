// Reading the command line's input files, turning every way they can be wrong into one line.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { CliError } from './cli-error'

function describeFsError(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return new CliError(`${file}: no such file`)
  if (code === 'EISDIR') return new CliError(`${file}: is a directory, not a file`)
  if (code === 'EACCES') return new CliError(`${file}: permission denied`)
  return new CliError(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`)
}

/** The file's text; a file that is not valid UTF-8 is an error rather than silently mangled. */
export function readText(file: string): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw describeFsError(file, error)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(`${file}: not valid UTF-8`)
  }
}

export function readJson(file: string): unknown {
  const text = readText(file)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

/** The *.json files of a directory, sorted by name (the order score.py uses). */
export function jsonFilesIn(directory: string): string[] {
  let names: string[]
  try {
    if (!statSync(directory).isDirectory()) throw new CliError(`${directory}: not a directory`)
    names = readdirSync(directory)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw describeFsError(directory, error)
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(directory, name))
}
