import { describe, expect, test } from 'vitest'
import { decodeText } from './decode'
import { ImportError } from './import-error'

const utf16 = (text: string, endian: 'le' | 'be') => {
  const bytes = [...text].flatMap((char) => {
    const unit = char.charCodeAt(0)
    return endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]
  })
  return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...bytes])
}

describe('decodeText', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode('Grüße „Welt“'), 'utf-8', 'Grüße „Welt“'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Grüße')]), 'utf-8', 'Grüße'],
    ['UTF-16 LE with BOM', utf16('Grüße ✓', 'le'), 'utf-16le', 'Grüße ✓'],
    ['UTF-16 BE with BOM', utf16('Grüße ✓', 'be'), 'utf-16be', 'Grüße ✓'],
    ['Windows-1252 (curly quotes, ä)', new Uint8Array([0x93, 0x48, 0xe4, 0x94]), 'windows-1252', '“Hä”'],
  ])('%s', (_name, bytes, encoding, text) => {
    const decoded = decodeText(bytes, 'a.txt')
    expect(decoded).toMatchObject({ encoding, text })
    expect(decoded.warnings).toHaveLength(encoding === 'windows-1252' ? 1 : 0)
  })

  test.each([
    ['a PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'BINARY', '"a.txt" is a PNG image, not a text file.'],
    ['a .docx renamed to .txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'BINARY', '"a.txt" is a ZIP archive (a .docx or .odt file is one), not a text file.'],
    ['NUL bytes', new Uint8Array([0x61, 0x00, 0x62, 0x00]), 'BINARY', /contains NUL bytes.*UTF-16 with a byte-order mark/],
    ['a UTF-8 BOM then invalid UTF-8', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0x28]), 'BAD_ENCODING', '"a.txt" is not valid UTF-8 (byte 6 is wrong); save it again as UTF-8 and import it again.'],
    ['UTF-16 with an odd byte count', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]), 'BAD_ENCODING', /not valid UTF-16LE/],
  ])('refuses %s', (_name, bytes, reason, message) => {
    let error: unknown
    try {
      decodeText(bytes, 'a.txt')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).reason).toBe(reason)
    expect((error as ImportError).message).toMatch(message)
  })
})
