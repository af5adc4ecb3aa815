// The `tandem` command line as a user runs it: a real process, its stdout, stderr and exit code.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const devDir = path.resolve(root, '../shared/eval/dev')
const scorer = path.resolve(root, '../shared/eval/score.py')
const work = mkdtempSync(path.join(tmpdir(), 'tandem-cli-'))
// Each test starts Node processes (and the first may bundle the CLI): on a busy 2-core machine
// that takes longer than vitest's default 5 s.
const SLOW = { timeout: 120_000 }
afterAll(() => rmSync(work, { recursive: true, force: true }))

type Run = { status: number | null; stdout: string; stderr: string }

function tandem(...args: string[]): Run {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/tandem.mjs'), ...args], { cwd: work, encoding: 'utf8', timeout: 120_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function file(name: string, content: string | Buffer): string {
  const full = path.join(work, name)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, content)
  return full
}

const pair = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'tiny',
    source_lang: 'en',
    target_lang: 'de',
    source: ['Chapter 1. Installing', 'The installer needs 2 GB of memory.', 'Restart when it is done.'],
    target: ['Kapitel 1. Installation', 'Das Installationsprogramm braucht 2 GB Speicher.', 'Danach neu starten.'],
    ...extra,
  })

/** A failed run: the exit code, and one line on stderr that starts with "tandem:" and has no stack trace. */
function expectOneLineError(run: Run, exitCode: number, message: RegExp): void {
  expect(run.status).toBe(exitCode)
  expect(run.stdout).toBe('')
  const lines = run.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^tandem: /)
  expect(lines[0]).toMatch(message)
  expect(run.stderr).not.toMatch(/\n\s+at /)
}

describe('tandem: bad input gets one line and a non-zero exit', SLOW, () => {
  it.each([
    ['a missing file', () => ['align', '--pair', 'nowhere.json'], 1, /nowhere\.json: no such file/],
    ['invalid JSON', () => ['align', '--pair', file('broken.json', '{"source": [')], 1, /broken\.json: invalid JSON/],
    ['a pair without target', () => ['align', '--pair', file('no-target.json', '{"source": ["a"]}')], 1, /"source" and "target" must be arrays of strings/],
    ['an empty source side', () => ['align', '--pair', file('empty.json', pair({ source: [] }))], 1, /the original \(source\) has no paragraphs/],
    ['an empty plain-text translation', () => ['align', file('a.txt', 'One.\n\nTwo.'), file('b.txt', '\n\n  \n')], 1, /the translation \(target\) has no paragraphs/],
    ['a file that is not UTF-8', () => ['align', file('latin1.txt', Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65])), file('b2.txt', 'Hallo')], 1, /latin1\.txt: not valid UTF-8/],
    ['a directory for a file', () => ['align', '--pair', work], 1, /is a directory/],
    ['a bad gold list', () => ['eval', path.dirname(file('badgold/x.json', pair({ gold: [[0, 1]] })))], 1, /"gold" must be a list/],
    ['eval of a folder without pairs', () => ['eval', path.dirname(file('nothing/readme.txt', 'hi'))], 64, /no pair files with gold beads/],
    ['eval of a missing folder', () => ['eval', 'missing-dir'], 1, /missing-dir: no such file/],
    ['several pair files without --out', () => ['align', '--pair', file('p1.json', pair()), file('p2.json', pair())], 64, /several --pair files need --out DIR/],
    ['an unknown command', () => ['frobnicate'], 64, /unknown command frobnicate/],
    ['an unknown option', () => ['align', '--colour', 'x'], 64, /unknown option --colour/],
    ['a wrong --format', () => ['align', file('c.txt', 'A'), file('d.txt', 'B'), '--format', 'xml'], 64, /--format must be json or tsv/],
    ['no command at all', () => [], 64, /missing command/],
  ])('%s', (_name, args, exitCode, message) => {
    expectOneLineError(tandem(...args()), exitCode, message)
  })

  it('stops before writing anything when one of several pair files is bad', () => {
    const out = path.join(work, 'out-bad')
    const run = tandem('align', '--pair', file('good.json', pair()), file('bad.json', '[]'), '--out', out)
    expectOneLineError(run, 1, /bad\.json: expected a JSON object/)
    expect(() => readdirSync(out)).toThrow()
  })
})

describe('tandem align', SLOW, () => {
  it('writes beads, confidences and reasons for one pair file to stdout', () => {
    const run = tandem('align', '--pair', file('one.json', pair()))
    expect(run.status).toBe(0)
    const output = JSON.parse(run.stdout) as { beads: unknown; confidence: number[]; reasons: string[][] }
    expect(output.beads).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ])
    expect(output.confidence).toHaveLength(3)
    for (const c of output.confidence) expect(c).toBeGreaterThanOrEqual(0)
    expect(output.reasons).toHaveLength(3)
  })

  it('writes DIR/<same file name> for several pair files', () => {
    const out = path.join(work, 'out')
    const run = tandem('align', '--pair', file('in/first.json', pair()), file('in/second.json', pair({ target: ['Kapitel 1. Installation', 'Neu starten.'] })), '--out', out)
    expect(run.status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['first.json', 'second.json'])
    const second = JSON.parse(readFileSync(path.join(out, 'second.json'), 'utf8')) as { beads: [number[], number[]][] }
    expect(second.beads.flatMap(([s]) => s)).toEqual([0, 1, 2])
  })

  it('aligns two plain-text files as TSV', () => {
    const run = tandem('align', file('en.txt', 'Title\n\nFirst paragraph, 12 items.\n\nSecond paragraph.\n'), file('de.txt', 'Titel\n\nErster Absatz, 12 Dinge.\n\nZweiter Absatz.\n'), '--from', 'en', '--to', 'de', '--format', 'tsv')
    expect(run.status).toBe(0)
    const rows = run.stdout.trimEnd().split('\n').map((line) => line.split('\t'))
    expect(rows[0]).toEqual(['source', 'target', 'confidence', 'source_text', 'target_text'])
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['1', '1', 'Title', 'Titel'],
      ['2', '2', 'First paragraph, 12 items.', 'Erster Absatz, 12 Dinge.'],
      ['3', '3', 'Second paragraph.', 'Zweiter Absatz.'],
    ])
  })

  it('prints its usage with --help', () => {
    const run = tandem('--help')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/tandem align --pair FILE\.json/)
    expect(run.stdout).toMatch(/tandem eval DIR/)
  })
})

describe('tandem eval', SLOW, () => {
  it('prints the per-file and micro strict figures that ../shared/eval/score.py prints', () => {
    // Runs the real scorer on the CLI's own predictions for DEV; python3 is on every machine.
    const predictions = path.join(work, 'predictions')
    expect(tandem('align', '--pair', ...readdirSync(devDir).filter((n) => n.endsWith('.json')).map((n) => path.join(devDir, n)), '--out', predictions).status).toBe(0)
    const scored = spawnSync('python3', [scorer, devDir, '--pred', predictions, '--per-file', '--json', path.join(work, 'score.json')], { encoding: 'utf8' })
    expect(scored.status, scored.stderr).toBe(0)
    const evaluated = tandem('eval', devDir)
    expect(evaluated.status).toBe(0)

    // file, gold, pred, P, R, F1: the first six columns of every row, and the micro row.
    const columns = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .map((cells) => (cells[0] === 'MICRO' ? ['MICRO', ...cells.slice(3, 8)] : cells.slice(0, 6)))
    const ours = columns(evaluated.stdout)
    const theirs = columns(scored.stdout)
    expect(ours.length).toBe(readdirSync(devDir).filter((n) => n.endsWith('.json')).length + 2)
    expect(ours).toEqual(theirs)

    const macro = (text: string) => /\(macro strict F1 (\d\.\d{3})\)/.exec(text)?.[1]
    expect(macro(evaluated.stdout)).toBeDefined()
    expect(macro(evaluated.stdout)).toBe(macro(scored.stdout))
    const json = JSON.parse(readFileSync(path.join(work, 'score.json'), 'utf8')) as { micro: { strict: { f: number } } }
    const micro = ours.find((cells) => cells[0] === 'MICRO')!
    expect(Math.abs(Number(micro[5]) - json.micro.strict.f)).toBeLessThanOrEqual(0.0005)
  })
})
