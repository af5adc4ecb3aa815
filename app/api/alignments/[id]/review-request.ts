// What the review route handlers share: the alignment id from the path, and a JSON body that
// never overrides what the path and the session say (the verbs validate every field).
import type { NextRequest } from 'next/server'
import { AppError } from '@/lib/errors'
import { readJson } from '@/lib/route'
import { idSchema, parseInput } from '@/lib/validation/common'

/** Review requests are small: a comment (20,000 characters), a selection of 20,000 bead ids. */
export const MAX_REVIEW_BODY_BYTES = 1_000_000

export type AlignmentParams = { id: string }

export function alignmentIdOf(params: AlignmentParams): number {
  return parseInput(idSchema, params.id)
}

export function pathIdOf(value: string): number {
  return parseInput(idSchema, value)
}

/** The JSON body, which must be an object. */
export async function bodyOf(request: NextRequest): Promise<Record<string, unknown>> {
  const body = await readJson(request, MAX_REVIEW_BODY_BYTES)
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new AppError('INVALID_INPUT', 'The request body must be a JSON object.')
  return body as Record<string, unknown>
}

/** Search params as a plain object, for a verb's zod schema. */
export function queryOf(request: NextRequest): Record<string, string> {
  return Object.fromEntries(request.nextUrl.searchParams.entries())
}
