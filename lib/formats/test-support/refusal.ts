import { expect } from 'vitest'

/** The error `promise` is refused with, asserted to be of `type` (a test fails if it resolves). */
export async function refusal<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(type)
  return error as E
}
