import { db } from '../db'
import { AppError } from '../errors'
import { parseInput } from '../validation/common'
import { createUserSchema, insertUser, type CreateUserInput } from './create-user'

/** True while no account exists: the first-run setup page is open only then. */
export async function isSetupOpen(): Promise<boolean> {
  return (await db.user.count()) === 0
}

/**
 * Creates the first administrator. Refused once any account exists, so the setup page
 * cannot be used to take over an installation.
 */
export async function createFirstAdmin(input: Omit<CreateUserInput, 'isAdmin'>) {
  const data = parseInput(createUserSchema, { ...input, isAdmin: true })
  return db.$transaction(async (tx) => {
    // Serialise concurrent first-run requests on PostgreSQL (PGlite runs one transaction at a time).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(727001)`
    if ((await tx.user.count()) > 0) throw new AppError('FORBIDDEN', 'Tandem is already set up; ask an administrator for an account.')
    return insertUser(tx, data, null)
  })
}
