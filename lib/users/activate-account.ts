import crypto from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import { z } from 'zod'
import { db } from '../db'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import { parseInput } from '../validation/common'
import { findActivation, isPending } from './activation'
import { passwordSchema } from './create-user'

export const activationTokenSchema = z.string().trim().min(20).max(100)

export const activateAccountSchema = z.object({
  token: activationTokenSchema,
  name: z.string().trim().min(1, 'Give your name.').max(100),
  password: passwordSchema,
})

const expired = () => new AppError('NOT_FOUND', 'This activation link is not valid any more: it was used already, replaced by a newer one, or it expired. Ask the project owner for a new link.')

/** What the activation page shows: whose account the link opens. */
export async function getActivation({ token }: { token: string }) {
  const parsed = activationTokenSchema.safeParse(token)
  if (!parsed.success) throw expired()
  return db.$transaction(async (tx) => {
    const activation = await findActivation(tx, parsed.data)
    if (!activation) throw expired()
    return tx.user.findUniqueOrThrow({ where: { id: activation.userId }, select: { email: true, name: true } })
  })
}

/** Sets the first password of an account an owner added, from its activation link (works once). */
export async function activateAccount(input: z.input<typeof activateAccountSchema>) {
  const { token, name, password } = parseInput(activateAccountSchema, input)
  const hash = await hashPassword(password)
  return db.$transaction(async (tx) => {
    const activation = await findActivation(tx, token)
    if (!activation) throw expired()
    // Deleting first makes a second, concurrent use of the same link find nothing.
    const { count } = await tx.verification.deleteMany({ where: { id: activation.id } })
    if (count === 0 || !(await isPending(tx, activation.userId))) throw expired()
    const user = await tx.user.update({ where: { id: activation.userId }, data: { name }, select: { id: true, email: true } })
    await tx.account.create({ data: { id: crypto.randomUUID(), accountId: user.id, providerId: 'credential', userId: user.id, password: hash } })
    await recordEvent(tx, { kind: 'user.activated', userId: user.id, data: { userId: user.id } })
    return { email: user.email }
  })
}
