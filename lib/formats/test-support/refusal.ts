import { expect } from 'vitest'
import type { AppError } from '../../errors'
import { importMessage, isImportMessageCode, type ImportMessageCode, type ImportMessageParams } from '../import-message'

/** The error `promise` is refused with, asserted to be of `type` (a test fails if it resolves). */
export async function refusal<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(type)
  return error as E
}

/**
 * The refusal carries a message code the interface can translate, and the English message is
 * that code rendered: no refusal reaches a German user as an English sentence.
 */
export function expectTranslatable(error: AppError): void {
  const { code, params } = error.details
  expect(isImportMessageCode(code), `${String(code)} is a message code`).toBe(true)
  expect(importMessage(code as ImportMessageCode, params as ImportMessageParams).message).toBe(error.message)
}
