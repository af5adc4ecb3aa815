// Per-account sign-in throttle, on top of better-auth's per-address limit (lib/auth.ts).
//
// Why both: the per-address limit keys on X-Forwarded-For, which a client can set itself
// when Tandem is not behind a reverse proxy that overwrites it (Next.js keeps a header the
// client sent), so rotating fake addresses would give unlimited guesses. The account's
// e-mail cannot be rotated: after MAX_FAILURES failed sign-ins in a row, each less than
// WINDOW apart, the account refuses sign-in attempts until WINDOW has passed since the last
// failure, without even checking the password. A successful sign-in clears the count.
// Trade-off: someone who knows an e-mail can keep that account locked while they keep
// failing; the owner of the account then waits (docs/decisions/007-accounts-and-security.md).
import crypto from 'node:crypto'
import { db } from './db'

export const MAX_FAILURES = 10
export const WINDOW_MS = 15 * 60 * 1000

const keyOf = (email: string) => `account-sign-in|${email.trim().toLowerCase()}`

/** Minutes until the account accepts sign-in attempts again, or 0 when it does now. */
export async function signInLockMinutes(email: string, now = Date.now()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(email) }, select: { count: true, lastRequest: true } })
  if (!row || row.count < MAX_FAILURES) return 0
  const left = Number(row.lastRequest) + WINDOW_MS - now
  return left > 0 ? Math.ceil(left / 60_000) : 0
}

/** Counts one failed sign-in (atomically: concurrent failures all count). */
export async function recordSignInFailure(email: string, now = Date.now()): Promise<void> {
  const cutoff = BigInt(now - WINDOW_MS)
  await db.$executeRaw`
    INSERT INTO rate_limit (id, key, count, "lastRequest") VALUES (${crypto.randomUUID()}, ${keyOf(email)}, 1, ${BigInt(now)})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit."lastRequest" < ${cutoff} THEN 1 ELSE rate_limit.count + 1 END,
      "lastRequest" = EXCLUDED."lastRequest"`
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyOf(email) } })
}
