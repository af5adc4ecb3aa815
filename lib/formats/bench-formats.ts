// Benchmark: export and import of the 10,000-paragraph eval pair in every format, and import
// of its source side as a document in every document format. Median of 5 runs.
//   npm run bench:formats -- pure   (or: npx tsx lib/formats/bench-formats.ts)
import path from 'node:path'
import { exportFormats, exportToString } from './export'
import { importAlignmentFile } from './import-alignment'
import { importDocument } from './import-document'
import { buildDocx } from './test-support/docx'
import { evalExportInput, exportOptions } from './test-support/fixtures'
import { evalDir } from './test-support/kit'
import type { ExportFormat } from './types'

const RUNS = 5
const readable = new Set<ExportFormat>(['tmx', 'xliff12', 'xliff21', 'jsonl'])

async function median(run: () => unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function main(): Promise<void> {
  const input = evalExportInput(path.join(evalDir, 'speed/dev_speed_hb_en-de_10k.json'))
  const paragraphs = input.beads.reduce((sum, bead) => sum + bead.source.length + bead.target.length, 0)
  console.log(`${input.beads.length.toLocaleString('en')} beads, ${paragraphs.toLocaleString('en')} paragraphs (node ${process.version}, median of ${RUNS})\n`)

  const limits = { maxBytes: 100 * 1024 * 1024 }
  console.log('| format | file size | export | import |\n| --- | ---: | ---: | ---: |')
  for (const format of Object.keys(exportFormats) as ExportFormat[]) {
    const options = exportOptions(format)
    const text = exportToString(input, options)
    const bytes = new TextEncoder().encode(text)
    const exportTime = await median(() => exportToString(input, options))
    const importTime = readable.has(format)
      ? ms(await median(() => importAlignmentFile(bytes, { fileName: `bench.${exportFormats[format].extension}`, limits })))
      : 'not read back'
    console.log(`| ${format} | ${mb(bytes.byteLength)} | ${ms(exportTime)} | ${importTime} |`)
  }

  const source = input.beads.flatMap((bead) => bead.source.map((paragraph) => paragraph.text))
  const documents: [string, Uint8Array][] = [
    ['bench.txt', new TextEncoder().encode(source.join('\n\n'))],
    ['bench.md', new TextEncoder().encode(source.map((text, i) => (i % 10 === 0 ? `## ${text}` : text)).join('\n\n'))],
    ['bench.html', new TextEncoder().encode(`<html><body>${source.map((text) => `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</body></html>`)],
    ['bench.docx', buildDocx(source.map((text) => [text]))],
  ]
  console.log(`\n| document (${source.length.toLocaleString('en')} paragraphs) | file size | import |\n| --- | ---: | ---: |`)
  for (const [fileName, bytes] of documents) {
    const time = await median(() => importDocument(bytes, { fileName, split: 'blank-lines', limits }))
    console.log(`| ${fileName.replace('bench', '')} | ${mb(bytes.byteLength)} | ${ms(time)} |`)
  }
}

void main()
