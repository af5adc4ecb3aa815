import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import packageJson from '../../package.json'
import { exportToString } from '../formats/export'
import { pairSchema } from '../formats/pair'
import { alignedExportInput, exportOptions } from '../formats/test-support/fixtures'
import { evalDir, repoRoot, requireKit, validate } from '../formats/test-support/kit'
import type { ExportFormat } from '../formats/types'
import { CliError } from './cli-error'
import { exportCommand } from './export-command'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-export-command-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const pairFile = path.join(evalDir, 'dev_tb_de-fr_test4.json')

function run(...argv: string[]): string {
  let out = ''
  exportCommand(argv, (text) => (out += text))
  return out
}

function refusal(argv: string[]): CliError {
  let output = ''
  try {
    exportCommand(argv, (text) => (output += text))
  } catch (error) {
    expect(output).toBe('')
    expect(error).toBeInstanceOf(CliError)
    return error as CliError
  }
  throw new Error('the command did not refuse')
}

function write(name: string, content: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}

describe('tandem export', () => {
  // lib/formats/consumers.test.ts proves these exports valid and readable for every pair.
  test.each(['tmx', 'xliff12', 'xliff21', 'csv', 'tsv', 'jsonl'] as ExportFormat[])('writes exactly the %s export of the pair as Tandem aligns it', (format) => {
    const pair = pairSchema.parse({ id: 'dev_tb_de-fr_test4', ...JSON.parse(readFileSync(pairFile, 'utf8')) })
    const input = alignedExportInput(pair, { createdAt: statSync(pairFile).mtime, toolVersion: packageJson.version })
    expect(run('--pair', pairFile, '--format', format)).toBe(exportToString(input, exportOptions(format, { oneSided: format === 'csv' || format === 'tsv' || format === 'jsonl' ? 'keep' : 'skip' })))
  })

  test('options: one-sided beads kept, approved only (none here), a BOM', () => {
    const kept = run('--pair', pairFile, '--format', 'tmx', '--one-sided', 'keep')
    const skipped = run('--pair', pairFile, '--format', 'tmx')
    expect(kept.match(/<tu /g)!.length).toBeGreaterThan(skipped.match(/<tu /g)!.length)
    expect(run('--pair', pairFile, '--format', 'csv', '--bom').startsWith('\uFEFFbead,type,source,target')).toBe(true)
    expect(refusal(['--pair', pairFile, '--format', 'tmx', '--beads', 'approved']).message).toMatch(/No bead matches the export options \(approved beads only, one-sided beads left out\)/)
  })

  test('--help prints the usage', () => {
    expect(run('--help')).toMatch(/^tandem export --pair FILE.json --format tmx\|xliff12\|xliff21\|csv\|tsv\|jsonl\n/)
  })

  test.each([
    ['no --pair', ['--format', 'tmx'], /^export needs --pair FILE.json/],
    ['no --format', ['--pair', 'x.json'], /^export needs --format tmx\|xliff12\|xliff21\|csv\|tsv\|jsonl/],
    ['an unknown format', ['--pair', 'x.json', '--format', 'docx'], /^--format "docx" is not allowed \(one of tmx, xliff12, xliff21, csv, tsv, jsonl\)/],
    ['an unknown bead filter', ['--pair', 'x.json', '--format', 'tmx', '--beads', 'some'], /^--beads "some" is not allowed \(one of all, confirmed, approved\)/],
    ['an unknown one-sided policy', ['--pair', 'x.json', '--format', 'tmx', '--one-sided', 'merge'], /^--one-sided "merge" is not allowed \(one of skip, keep\)/],
    ['an unknown option', ['--pair', 'x.json', '--format', 'tmx', '--verbose'], /^unknown option --verbose/],
    ['a stray argument', ['--pair', 'x.json', '--format', 'tmx', 'extra'], /^unexpected argument extra/],
  ])('usage error (exit 64): %s', (_name, argv, message) => {
    const error = refusal(argv)
    expect(error.exitCode).toBe(64)
    expect(error.message).toMatch(message)
  })

  test.each([
    ['a missing file', () => path.join(dir, 'missing.json'), /missing\.json: no such file$/],
    ['a file that is not JSON', () => write('bad.json', '{"source": ['), /bad\.json: invalid JSON/],
    ['JSON that is not a pair', () => write('wrong.json', '{"source_lang": "en", "source": []}'), /wrong\.json: not a pair file \(target_lang: /],
    ['a bad language tag', () => write('lang.json', '{"source_lang": "english!", "target_lang": "de", "source": ["a"], "target": ["b"]}'), /lang\.json: The source language "english!" is not a BCP 47 language tag/],
    ['nothing left to export', () => write('one.json', '{"source_lang": "en", "target_lang": "de", "source": ["a"], "target": []}'), /one\.json: No bead matches the export options/],
  ])('bad input (exit 1): %s', (_name, file, message) => {
    const error = refusal(['--pair', file(), '--format', 'tmx'])
    expect(error.exitCode).toBe(1)
    expect(error.message).toMatch(message)
  })
})

describe('the tandem command', () => {
  const tandem = (...argv: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'scripts/tandem.mjs'), ...argv], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })

  test('runs export: valid XLIFF 2.1 on stdout, listed in --help', async () => {
    requireKit()
    const result = tandem('export', '--pair', pairFile, '--format', 'xliff21')
    expect([result.status, result.stderr]).toEqual([0, ''])
    const file = write('out.xlf', result.stdout)
    expect((await validate('xliff21', file)).stderr).toBe('')
    expect(tandem('--help').stdout).toContain('tandem export --pair FILE.json --format tmx|xliff12|xliff21|csv|tsv|jsonl')
  }, 60_000)

  test('errors are one line on stderr with the exit code, never a stack trace', () => {
    const usage = tandem('export', '--pair', pairFile)
    expect([usage.status, usage.stdout]).toEqual([64, ''])
    expect(usage.stderr).toBe('tandem: export needs --format tmx|xliff12|xliff21|csv|tsv|jsonl (see tandem --help)\n')
    const bad = tandem('export', '--pair', path.join(dir, 'missing.json'), '--format', 'tmx')
    expect([bad.status, bad.stdout]).toEqual([1, ''])
    expect(bad.stderr).toMatch(/^tandem: .*missing\.json: no such file\n$/)
  }, 60_000)
})
