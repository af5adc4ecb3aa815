import { request as playwrightRequest } from '@playwright/test'
import { expect, pageAs, test } from './fixtures'
import { copyOfSamplePair } from './review-fixtures'

test('a script using the review API gets a clear error for every bad request, and nothing changes', async ({ browser, editorPage, baseURL }) => {
  const alignmentId = await copyOfSamplePair(editorPage, { title: 'Review API errors' })
  const rosa = await pageAs(browser, 'reviewer')
  const api = rosa.request
  const base = `/api/alignments/${alignmentId}`
  const errorOf = async (response: Awaited<ReturnType<typeof api.get>>) => ({ status: response.status(), code: ((await response.json()) as { error: { code: string } }).error.code })

  expect(await errorOf(await api.post(`${base}/threads`, { headers: { 'content-type': 'application/json' }, data: '{not json' }))).toEqual({ status: 400, code: 'INVALID_INPUT' })
  expect(await errorOf(await api.post(`${base}/threads`, { data: ['a', 'list'] }))).toEqual({ status: 400, code: 'INVALID_INPUT' })
  expect(await errorOf(await api.post(`${base}/threads`, { data: { beadId: 1, body: 'x'.repeat(1_100_000) } }))).toEqual({ status: 413, code: 'TOO_LARGE' })
  expect(await errorOf(await api.post(`${base}/threads`, { data: { beadId: 1, body: 'From elsewhere' }, headers: { origin: 'https://evil.example' } }))).toEqual({ status: 403, code: 'FORBIDDEN' })
  expect(await errorOf(await api.post(`${base}/review-status`, { data: { transition: 'publish', beadIds: [1] } }))).toEqual({ status: 400, code: 'INVALID_INPUT' })
  expect(await errorOf(await api.post(`${base}/findings/dismissals`, { data: { fingerprints: ['entities:0000000000000000'] } }))).toEqual({ status: 409, code: 'CONFLICT' })
  expect(await errorOf(await api.get(`${base}/findings?check=spelling`))).toEqual({ status: 400, code: 'INVALID_INPUT' })
  expect(await errorOf(await api.get('/api/alignments/not-a-number/threads'))).toEqual({ status: 400, code: 'INVALID_INPUT' })

  const viewer = await pageAs(browser, 'viewer')
  const span = { side: 'target', position: 0, start: 0, end: 3, quote: 'Wie' }
  expect(await errorOf(await viewer.request.post(`${base}/annotations`, { data: { span, category: 'STYLE', severity: 'MINOR' } }))).toEqual({ status: 403, code: 'FORBIDDEN' })
  const anonymous = await playwrightRequest.newContext({ baseURL })
  expect(await errorOf(await anonymous.get(`${base}/threads`))).toEqual({ status: 401, code: 'UNAUTHENTICATED' })

  // Nothing was stored by any of them.
  expect(await (await api.get(`${base}/threads`)).json()).toEqual([])
  expect(await (await api.get(`${base}/annotations`)).json()).toEqual([])
  await anonymous.dispose()
  await viewer.context().close()
  await rosa.context().close()
})
