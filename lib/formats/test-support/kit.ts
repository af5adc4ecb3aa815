// The offline validation kit in ../shared/formats (xmllint with the official schemas, and
// translate-toolkit as an independent reader). Tests that prove consumers accept our files
// must fail, not skip, when the kit or its tools are missing: a skipped proof proves nothing.
import { execFile, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const kitDir = path.resolve(repoRoot, '../shared/formats')
export const evalDir = path.resolve(repoRoot, '../shared/eval/dev')
const python = '/usr/bin/python3'

export type KitFormat = 'tmx' | 'xliff12' | 'xliff20' | 'xliff21'
export type ReadPair = { source: string; target: string | null; id: string | null }

/** Throws an error naming the first missing prerequisite. */
export function requireKit(): void {
  for (const file of ['validate.sh', 'read_pairs.py', 'catalog.xml']) {
    if (!existsSync(path.join(kitDir, file))) {
      throw new Error(`The validation kit is missing: ${path.join(kitDir, file)} not found (expected ../shared/formats beside the repository).`)
    }
  }
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'pipe' })
  } catch {
    throw new Error('xmllint is missing: install it with `apt-get install -y libxml2-utils`.')
  }
  try {
    execFileSync(python, ['-c', 'import translate.storage.tmx, translate.storage.xliff'], { stdio: 'pipe' })
  } catch {
    throw new Error(`translate-toolkit is missing for ${python}: install it with \`apt-get install -y translate-toolkit\`.`)
  }
}

type Run = { status: number; stdout: string; stderr: string }

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ status, stdout, stderr })
    })
  })
}

/** validate.sh FORMAT FILE: resolves with xmllint's messages, status 0 when valid. */
export function validate(format: KitFormat | 'xliff12-transitional', file: string): Promise<Run> {
  return run(path.join(kitDir, 'validate.sh'), [format, file])
}

/** read_pairs.py FORMAT FILE, parsed; rejects with the reader's stderr when it fails. */
export async function readPairs(format: KitFormat, file: string): Promise<{ pairs: ReadPair[]; warnings: string }> {
  const result = await run(python, [path.join(kitDir, 'read_pairs.py'), format, file])
  if (result.status !== 0) throw new Error(`read_pairs.py ${format} ${file} failed: ${result.stderr}`)
  const pairs = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReadPair)
  return { pairs, warnings: result.stderr }
}

export type ReadRow = { bead: string; source: string; target: string }

/** read_rows.py (Python's csv and json modules, beside this file), parsed. */
export async function readRows(format: 'csv' | 'tsv' | 'jsonl', file: string): Promise<ReadRow[]> {
  const result = await run(python, [path.join(repoRoot, 'lib/formats/test-support/read_rows.py'), format, file])
  if (result.status !== 0) throw new Error(`read_rows.py ${format} ${file} failed: ${result.stderr}`)
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReadRow)
}

/** Runs tasks with at most `size` at a time (the machines have two cores). */
export async function inPool<T, R>(items: T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
  return results
}
