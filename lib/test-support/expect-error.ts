import { expect } from 'vitest'
import { AppError } from '../errors'

/** Checks that a verb refused with the given code (and message). */
export async function expectError(promise: Promise<unknown>, code: AppError['code'], message?: string | RegExp) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error, 'expected the verb to refuse').toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
  if (message) expect((error as AppError).message).toMatch(message)
}
