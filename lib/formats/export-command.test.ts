import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runExportCommand } from './export-command'
import { evalDir, requireKit, validate } from './test-support/kit'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-export-command-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const status = await runExportCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { status, stdout, stderr }
}

const pairFile = path.join(evalDir, 'dev_tb_de-fr_test4.json')

describe('tandem export', () => {
  test.each(['tmx', 'xliff12', 'xliff21'] as const)('aligns a pair and writes valid %s to stdout', async (format) => {
    requireKit()
    const { status, stdout, stderr } = await run('--pair', pairFile, '--format', format, '--one-sided', 'keep')
    expect([status, stderr]).toEqual([0, ''])
    const file = path.join(dir, `out.${format}`)
    writeFileSync(file, stdout)
    expect((await validate(format, file)).stderr).toBe('')
  })

  test('csv with a BOM; a leading "export" argument is accepted', async () => {
    const { status, stdout } = await run('export', '--pair', pairFile, '--format', 'csv', '--bom')
    expect(status).toBe(0)
    expect(stdout.startsWith('\uFEFFbead,type,source,target')).toBe(true)
  })

  test('jsonl holds every paragraph of the pair exactly once, in order', async () => {
    const { stdout } = await run('--pair', pairFile, '--format', 'jsonl')
    const beads = stdout.trim().split('\n').map((line) => JSON.parse(line) as { sourceParagraphs: number[]; targetParagraphs: number[] })
    expect(beads.flatMap((bead) => bead.sourceParagraphs)).toEqual(Array.from({ length: 9 }, (_, i) => i + 1))
    expect(beads.flatMap((bead) => bead.targetParagraphs)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1))
  })

  test('--help prints the usage', async () => {
    const { status, stdout } = await run('--help')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^usage: tandem export --pair FILE.json --format tmx\|xliff12\|xliff21\|csv\|tsv\|jsonl/)
  })

  test.each([
    ['no --pair', ['--format', 'tmx'], /--pair FILE.json is required/],
    ['no --format', ['--pair', 'x.json'], /--format is required/],
    ['an unknown format', ['--pair', 'x.json', '--format', 'docx'], /--format: Invalid option/],
    ['an unknown bead filter', ['--pair', 'x.json', '--format', 'tmx', '--beads', 'some'], /--beads: Invalid option/],
    ['an unknown one-sided policy', ['--pair', 'x.json', '--format', 'tmx', '--one-sided', 'merge'], /--one-sided: Invalid option/],
    ['an unknown option', ['--pair', 'x.json', '--format', 'tmx', '--verbose'], /Unknown option '--verbose'/],
    ['a stray argument', ['--pair', 'x.json', '--format', 'tmx', 'extra'], /Unexpected argument 'extra'/],
  ])('usage error (exit 64): %s', async (_name, argv, message) => {
    const { status, stdout, stderr } = await run(...argv)
    expect(status).toBe(64)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  test.each([
    ['a missing file', () => path.join(dir, 'missing.json'), /^tandem export: cannot read .*missing\.json: no such file$/],
    ['a file that is not JSON', () => write('bad.json', '{"source": ['), /^tandem export: .*bad\.json is not valid JSON: /],
    ['JSON that is not a pair', () => write('wrong.json', '{"source_lang": "en", "source": []}'), /^tandem export: .*wrong\.json is not a pair file \(target_lang: /],
    ['a bad language tag', () => write('lang.json', '{"source_lang": "english!", "target_lang": "de", "source": ["a"], "target": ["b"]}'), /The source language "english!" is not a BCP 47 language tag/],
    ['nothing left to export', () => write('one.json', '{"source_lang": "en", "target_lang": "de", "source": ["a"], "target": []}'), /No bead matches the export options/],
  ])('bad input (exit 1, one line, no stack trace): %s', async (_name, file, message) => {
    const { status, stdout, stderr } = await run('--pair', file(), '--format', 'tmx')
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.trimEnd()).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})

function write(name: string, content: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}
