import { describe, expect, test } from 'vitest'
import { docxToText, requireSafeZip } from './docx'
import { ImportError } from './import-error'
import { buildDocx } from './test-support/docx'

/** The docx with the unpacked size of its central-directory entry number `entry` set to `size`. */
function withClaimedSize(docx: Uint8Array, entry: number, size: number): Uint8Array {
  const copy = new Uint8Array(docx)
  const view = new DataView(copy.buffer)
  let seen = 0
  for (let at = 0; at + 4 <= copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    if (seen++ === entry) {
      view.setUint32(at + 24, size, true)
      return copy
    }
  }
  throw new Error('no such entry')
}

describe('.docx archives', () => {
  test('a real document passes the check and is read', async () => {
    const docx = buildDocx([['A paragraph.']])
    expect(() => requireSafeZip(docx, 'a.docx')).not.toThrow()
    expect((await docxToText(docx, 'a.docx')).text.trim()).toBe('A paragraph.')
  })

  test.each([
    ['an entry claiming 300 MB (a zip bomb)', 300 * 1024 * 1024],
    ['a ZIP64 size marker', 0xffffffff],
  ])('refuses %s before unpacking anything', async (_name, size) => {
    const bomb = withClaimedSize(buildDocx([['x']]), 2, size)
    const error = await docxToText(bomb, 'bomb.docx').then(() => null, (caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportError)
    expect(error).toMatchObject({ reason: 'TOO_LARGE', message: expect.stringMatching(/^"bomb.docx" unpacks to more than 256 MB/) })
  })

  test('entries that together claim too much are refused too', () => {
    let docx = buildDocx([['x']])
    for (const entry of [0, 1, 2]) docx = withClaimedSize(docx, entry, 100 * 1024 * 1024)
    expect(() => requireSafeZip(docx, 'a.docx')).toThrow(/unpacks to more than 256 MB/)
  })

  test('bytes without a ZIP directory are left to mammoth, which calls them damaged', async () => {
    await expect(docxToText(new TextEncoder().encode('PK\u0003\u0004 but nothing else'), 'a.docx')).rejects.toMatchObject({ reason: 'INVALID' })
  })
})
