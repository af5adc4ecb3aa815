import crypto from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import { z } from 'zod'
import { MIN_PASSWORD_LENGTH } from '../auth-policy'
import { db, type Tx } from '../db'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import { emailSchema, parseInput } from '../validation/common'

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256)

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(100),
  password: passwordSchema,
  isAdmin: z.boolean().default(false),
})
export type CreateUserInput = z.input<typeof createUserSchema>

/**
 * Creates an account with an e-mail/password credential, the way better-auth's own sign-up
 * stores it (a `credential` account row holding the scrypt hash), inside `tx`.
 */
export async function insertUser(tx: Tx, input: z.output<typeof createUserSchema>, createdById: string | null) {
  const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })
  if (existing) throw new AppError('CONFLICT', `An account for ${input.email} already exists.`)
  const id = crypto.randomUUID()
  const user = await tx.user.create({
    data: {
      id,
      email: input.email,
      name: input.name,
      isAdmin: input.isAdmin,
      accounts: {
        create: { id: crypto.randomUUID(), accountId: id, providerId: 'credential', password: await hashPassword(input.password) },
      },
    },
    select: { id: true, email: true, name: true, isAdmin: true },
  })
  await recordEvent(tx, { kind: 'user.created', userId: createdById, data: { userId: id, email: input.email, isAdmin: input.isAdmin } })
  return user
}

/** Creates a user. Only administrators may (the first one comes from createFirstAdmin). */
export async function createUser({ actorId, ...input }: CreateUserInput & { actorId: string }) {
  const data = parseInput(createUserSchema, input)
  return db.$transaction(async (tx) => {
    const actor = await tx.user.findUnique({ where: { id: actorId }, select: { isAdmin: true } })
    if (!actor?.isAdmin) throw new AppError('FORBIDDEN', 'Only administrators can create accounts.')
    return insertUser(tx, data, actorId)
  })
}
