import { describe, expect, it } from 'vitest'
import { AppError } from './errors'
import { progressStream } from './route'

const lines = async (response: Response) => (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)

describe('progressStream', () => {
  it('throws a refusal that comes before any progress, so the route answers with its status', async () => {
    await expect(progressStream(async () => Promise.reject(new AppError('FORBIDDEN', 'No.')))).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('streams the progress reported before and after it started, then the result', async () => {
    const response = await progressStream(async (send) => {
      send({ type: 'progress', done: 1 })
      await new Promise((resolve) => setTimeout(resolve, 5))
      send({ type: 'progress', done: 2 })
      return { id: 7 }
    })
    expect(await lines(response)).toEqual([
      { type: 'progress', done: 1 },
      { type: 'progress', done: 2 },
      { type: 'done', id: 7 },
    ])
  })

  it('reports a failure after the work started as an error line', async () => {
    const response = await progressStream(async (send) => {
      send({ type: 'progress', done: 1 })
      await new Promise((resolve) => setTimeout(resolve, 5))
      throw new AppError('CONFLICT', 'Changed meanwhile.')
    })
    expect((await lines(response)).at(-1)).toMatchObject({ type: 'error', error: { code: 'CONFLICT' } })
  })

  it('answers work that ends without reporting progress', async () => {
    expect(await lines(await progressStream(async () => ({ ok: 1 })))).toEqual([{ type: 'done', ok: 1 }])
  })
})
