#!/usr/bin/env node
// The `tandem` command line. Node cannot run the TypeScript in lib/ directly and a TypeScript
// loader would cost more start-up time than the alignment itself, so lib/cli/main.ts is bundled
// with esbuild into dist/tandem.mjs (rebuilt when any file it was built from has changed, a few
// tens of milliseconds) and imported.
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const entry = path.join(root, 'lib/cli/main.ts')
const bundle = path.join(root, 'dist/tandem.mjs')
// The files the bundle was built from, as esbuild's metafile lists them.
const inputsFile = path.join(root, 'dist/tandem.inputs.json')

function isBundleFresh() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false
  const builtAt = statSync(bundle).mtimeMs
  try {
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
    return inputs.every((input) => statSync(path.join(root, input)).mtimeMs <= builtAt)
  } catch {
    return false
  }
}

async function build() {
  const esbuild = await import('esbuild')
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  })
  mkdirSync(path.dirname(bundle), { recursive: true })
  // Write under a temporary name and rename: concurrent runs never import a half-written bundle.
  const temporary = `${bundle}.${process.pid}.tmp`
  writeFileSync(temporary, result.outputFiles[0].contents)
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(Object.keys(result.metafile.inputs)))
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile)
  renameSync(temporary, bundle)
}

/** The CLI module (main and what the benchmark measures), built first if needed. */
export async function loadTandem() {
  if (!isBundleFresh()) await build()
  return import(pathToFileURL(bundle).href)
}

const isRunDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
if (isRunDirectly) {
  // A closed pipe (`tandem ... | head`) ends the output, not in a stack trace.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  try {
    const { main } = await loadTandem()
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`tandem: cannot start (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`)
    process.exitCode = 1
  }
}
