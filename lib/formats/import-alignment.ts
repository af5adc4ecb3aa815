// Importing an already-aligned file (TMX, XLIFF 1.2, XLIFF 2.x, Tandem's JSON Lines): the
// format is recognised from the content, not trusted from the file name.
import { buildAlignment, type AlignedFile } from './aligned-file'
import { decodeUtf8, decodeXml } from './decode'
import { ImportError } from './import-error'
import { importMessage } from './import-message'
import { readJsonl } from './jsonl'
import { requireSize, resolveLimits } from './limits'
import { readTmx } from './tmx'
import type { ImportedAlignment, ImportLimits } from './types'
import { readXliff12 } from './xliff12'
import { readXliff2 } from './xliff21'
import { localName, parseXml } from './xml-reader'

export async function importAlignmentFile(
  bytes: Uint8Array,
  options: { fileName: string; limits?: Partial<ImportLimits> },
): Promise<ImportedAlignment> {
  const limits = resolveLimits(options.limits)
  const { fileName } = options
  requireSize(bytes.byteLength, limits, fileName)
  if (bytes.byteLength === 0) throw new ImportError('EMPTY', importMessage('fileEmpty', { file: fileName }))
  return buildAlignment(readAlignedFile(bytes, fileName), limits)
}

function readAlignedFile(bytes: Uint8Array, fileName: string): AlignedFile {
  if (/\.(jsonl|ndjson)$/i.test(fileName)) return readJsonl(decodeUtf8(bytes, fileName))
  const root = parseXml(decodeXml(bytes, fileName))
  const name = localName(root.name)
  if (name === 'tmx') return readTmx(root)
  if (name === 'xliff') {
    const version = root.attrs.version ?? ''
    if (/^1\./.test(version)) return readXliff12(root)
    if (/^2\./.test(version)) return readXliff2(root)
    throw new ImportError('UNSUPPORTED', importMessage('xliffVersion', { file: fileName, version }))
  }
  throw new ImportError('UNSUPPORTED', importMessage('xmlNotAligned', { file: fileName, root: root.name }))
}
