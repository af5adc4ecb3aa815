import { describe, expect, test } from 'vitest'
import { AppError } from '../errors'
import { readUpload } from './read-upload'
import { expectTranslatable, refusal } from '../formats/test-support/refusal'

function formRequest(fields: Record<string, string | Blob>, fileName = 'a.txt'): Request {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(key, value)
    else form.append(key, value, fileName)
  }
  return new Request('http://localhost/api/imports/document', { method: 'POST', body: form })
}


describe('readUpload', () => {
  test('the file, its name and the other fields', async () => {
    const upload = await readUpload(formRequest({ file: new Blob(['Grüße']), split: 'line-breaks' }, 'brief.txt'))
    expect(upload.fileName).toBe('brief.txt')
    expect(new TextDecoder().decode(upload.bytes)).toBe('Grüße')
    expect(upload.fields).toEqual({ split: 'line-breaks' })
  })

  test('a file over the limit is refused', async () => {
    const error = await refusal(readUpload(formRequest({ file: new Blob(['x'.repeat(2000)]) }, 'big.txt'), { maxBytes: 1000 }), AppError)
    expect(error).toMatchObject({ code: 'TOO_LARGE', details: { reason: 'TOO_LARGE' } })
    expectTranslatable(error)
  })

  test('a declared length over the limit is refused before the body is read', async () => {
    const request = new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(30 * 1024 * 1024) },
      body: 'never read',
    })
    expect((await refusal(readUpload(request), AppError)).message).toBe('The file is larger than 20 MB, the limit for one import. Split it into smaller parts.')
  })

  // A chunked body declares no length: the limit holds while the bytes arrive.
  test('a streamed body that grows past the limit is cut off', async () => {
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024
        controller.enqueue(new Uint8Array(64 * 1024))
        if (sent > 10 * 1024 * 1024) controller.close()
      },
    })
    const request = new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body, duplex: 'half' } as RequestInit)
    expect((await refusal(readUpload(request, { maxBytes: 1024 * 1024 }), AppError)).code).toBe('TOO_LARGE')
    expect(sent).toBeLessThan(3 * 1024 * 1024)
  })

  test.each([
    ['not multipart', new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), /multipart\/form-data/],
    ['no file field', formRequest({ split: 'blank-lines' }), /^Choose a file to upload\.$/],
    ['a cut-off form', new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nab' }), /could not be read; it may have been cut off/],
  ])('refuses %s', async (_name, request, message) => {
    const error = await refusal(readUpload(request), AppError)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(message)
  })
})
