#!/usr/bin/env node
// The `tandem` command line. Node cannot run the TypeScript in lib/ directly and a TypeScript
// loader would cost more start-up time than the alignment itself, so lib/cli/main.ts is bundled
// with esbuild into dist/tandem.mjs (rebuilt when any file it was built from has changed, a few
// tens of milliseconds) and imported.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
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
    // esbuild lists inputs relative to root with forward slashes, which every platform's stat takes.
    return inputs.every((input) => statSync(`${root}/${input}`).mtimeMs <= builtAt)
  } catch {
    return false
  }
}

async function build() {
  const esbuild = await import('esbuild')
  // Split: `tandem export` loads its formats from a chunk of their own, so `align` does not parse them.
  const result = await esbuild.build({
    entryPoints: { tandem: entry },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: path.dirname(bundle),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  })
  // Chunks are named by their content, so writing them first never disturbs a running bundle; the
  // entry and its inputs go under a temporary name and are renamed: concurrent runs never import
  // a half-written bundle.
  const entryFile = result.outputFiles.find((file) => file.path === bundle)
  for (const file of result.outputFiles) {
    if (file === entryFile) continue
    mkdirSync(path.dirname(file.path), { recursive: true })
    const temporary = `${file.path}.${process.pid}.tmp`
    writeFileSync(temporary, file.contents)
    renameSync(temporary, file.path)
  }
  const temporary = `${bundle}.${process.pid}.tmp`
  writeFileSync(temporary, entryFile.contents)
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(Object.keys(result.metafile.inputs)))
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile)
  renameSync(temporary, bundle)
  removeStaleChunks(new Set(result.outputFiles.map((file) => file.path)))
}

// A chunk no current bundle uses is removed once it is this old: a run started from an earlier
// bundle may still load its export chunk for a while, but dist/ must not grow with every rebuild.
const STALE_CHUNK_MS = 60 * 60 * 1000

function removeStaleChunks(current) {
  const chunks = path.join(path.dirname(bundle), 'chunks')
  if (!existsSync(chunks)) return
  for (const name of readdirSync(chunks)) {
    const file = path.join(chunks, name)
    try {
      if (!current.has(file) && Date.now() - statSync(file).mtimeMs > STALE_CHUNK_MS) unlinkSync(file)
    } catch {
      // Removed by a concurrent build.
    }
  }
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
    process.exitCode = await main(process.argv.slice(2))
    // Every command is done once main returns (files are written synchronously): exit now rather
    // than let Node wind down the event loop and a large heap first, tens of milliseconds after a
    // long document. Output still on its way to a slow reader is waited for.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit()
  } catch (error) {
    process.stderr.write(`tandem: cannot start (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`)
    process.exitCode = 1
  }
}
