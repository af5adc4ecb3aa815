import { describe, expect, it } from 'vitest'
import { AppError, httpStatusOfBody, toActionResult, toErrorBody } from './errors'

// The shape Prisma 7's driver adapters give a PostgreSQL error (seen on PGlite and PostgreSQL).
const databaseError = (originalCode: string) =>
  Object.assign(new Error('Invalid `tx.project.create()` invocation'), { code: 'P2039', meta: { driverAdapterError: { cause: { originalCode, kind: 'postgres' } } } })

describe('toErrorBody', () => {
  it('passes an AppError through', () => {
    expect(toErrorBody(new AppError('FORBIDDEN', 'No.'))).toEqual({ code: 'FORBIDDEN', message: 'No.', details: {} })
  })

  it('turns a NUL character the database refused into a clear input error', () => {
    const body = toErrorBody(databaseError('22021'))
    expect(body.code).toBe('INVALID_INPUT')
    expect(body.message).toMatch(/NUL character \(U\+0000\)/)
    expect(httpStatusOfBody(body)).toBe(400)
  })

  it('hides every other database error behind a generic message (the log has the details)', () => {
    const logged: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => logged.push(args)
    try {
      const body = toErrorBody(databaseError('XX000'))
      expect(body).toEqual({ code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was changed; please try again.' })
      expect(JSON.stringify(body)).not.toContain('invocation')
      expect(logged).toHaveLength(1)
    } finally {
      console.error = original
    }
  })

  it('makes a server-action result, never a throw', async () => {
    expect(await toActionResult(async () => 1)).toEqual({ ok: true, data: 1 })
    expect(await toActionResult(async () => Promise.reject(new AppError('NOT_FOUND', 'Gone.')))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
