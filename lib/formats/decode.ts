// Bytes → text: byte-order marks, UTF-8, the legacy Windows-1252 most old Western text
// files use, and the signatures of files that are not text at all.
import { ImportError } from './import-error'
import { importMessage, type ImportMessage } from './import-message'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type DecodedText = { text: string; encoding: TextEncodingName; warnings: ImportMessage[] }

/** `kind` selects the wording in the binaryFile message. */
const signatures: { bytes: number[]; kind: 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'gzip' | 'ole' }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'ole' },
]

/** Refuses files whose first bytes say they are not text. */
export function requireNotBinary(bytes: Uint8Array, fileName: string): void {
  const match = signatures.find((signature) => signature.bytes.every((byte, i) => bytes[i] === byte))
  if (match) throw new ImportError('BINARY', importMessage('binaryFile', { file: fileName, kind: match.kind }))
}

type Bom = { encoding: TextEncodingName; length: number }

function byteOrderMark(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/**
 * A text file: the BOM decides; without one, UTF-8 if the bytes are valid UTF-8, else
 * Windows-1252 (with a warning, since that is a guess). UTF-16 needs its BOM: without one
 * its NUL bytes make the file look binary, and the message says so.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  requireNotBinary(bytes, fileName)
  const bom = byteOrderMark(bytes)
  if (bom) return { text: decodeStrict(bytes, bom.encoding, fileName, bom.length), encoding: bom.encoding, warnings: [] }
  requireNoNulBytes(bytes, fileName)
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] }
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warnings: [importMessage('readAsWindows1252', { file: fileName })],
    }
  }
}

// Bytes 0x80–0x9F in Windows-1252 (the five unassigned ones stay C1 controls, as WHATWG says).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x93 → U+0093 instead of “), so
 * the 32 bytes where the two differ are mapped here; the rest of the table is Latin-1.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
  return text
}

/**
 * An XML file: BOM, else the encoding its XML declaration names, else UTF-8 (the XML
 * default). No guessing: XML says what it is.
 */
export function decodeXml(bytes: Uint8Array, fileName: string): string {
  requireNotBinary(bytes, fileName)
  const bom = byteOrderMark(bytes)
  if (bom) return decodeStrict(bytes, bom.encoding, fileName, bom.length)
  requireNoNulBytes(bytes, fileName)
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(latin1Prefix(bytes, 200))?.[1]
  return decodeStrict(bytes, declared ?? 'utf-8', fileName)
}

/** UTF-8 only (JSON Lines). */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  requireNotBinary(bytes, fileName)
  const bom = byteOrderMark(bytes)
  return decodeStrict(bytes, 'utf-8', fileName, bom?.encoding === 'utf-8' ? 3 : 0)
}

/** Decodes bytes from `start` (past a BOM); errors give the byte's position in the file. */
function decodeStrict(file: Uint8Array, encoding: string, fileName: string, start = 0): string {
  const bytes = file.subarray(start)
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(encoding, { fatal: true })
  } catch {
    throw new ImportError('BAD_ENCODING', importMessage('unknownEncoding', { file: fileName, encoding }))
  }
  // WHATWG reads the labels latin1 and iso-8859-1 as windows-1252 too.
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new ImportError(
      'BAD_ENCODING',
      importMessage('invalidEncoding', { file: fileName, encoding: decoder.encoding.toUpperCase(), byte: start + firstInvalidByte(bytes, decoder.encoding) }),
    )
  }
}

function requireNoNulBytes(bytes: Uint8Array, fileName: string): void {
  if (bytes.includes(0)) {
    throw new ImportError('BINARY', importMessage('nulBytes', { file: fileName }))
  }
}

/** 1-based position of the first byte a strict decoder rejects (found by halving). */
function firstInvalidByte(bytes: Uint8Array, encoding: string): number {
  const isValidPrefix = (end: number) => {
    try {
      // Streaming mode: an unfinished sequence at the end of the prefix is not an error.
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, end), { stream: true })
      return true
    } catch {
      return false
    }
  }
  let low = 0
  let high = bytes.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (isValidPrefix(mid)) low = mid
    else high = mid - 1
  }
  return Math.min(low + 1, bytes.length)
}

function latin1Prefix(bytes: Uint8Array, length: number): string {
  return String.fromCharCode(...bytes.subarray(0, length))
}
