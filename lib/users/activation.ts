// Activation links: how someone an owner added by e-mail sets their first password (Tandem
// sends no e-mail; the owner passes the link on). The link holds a random token; the
// database keeps only its SHA-256, in better-auth's verification table, so a leaked
// database copy opens no account. A link works once and for ACTIVATION_DAYS.
import crypto from 'node:crypto'
import type { Tx } from '../db'
import { siteUrl } from '../config'

export const ACTIVATION_DAYS = 7
const PREFIX = 'activate:'

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

export function activationUrl(token: string): string {
  return `${siteUrl()}/account/activate/${token}`
}

/** Replaces any earlier link of `userId` with a new one; returns the token (shown once). */
export async function issueActivation(tx: Tx, userId: string, now = new Date()): Promise<{ token: string; url: string; expiresAt: Date }> {
  const token = crypto.randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + ACTIVATION_DAYS * 24 * 60 * 60 * 1000)
  await tx.verification.deleteMany({ where: { identifier: PREFIX + userId } })
  await tx.verification.create({ data: { id: crypto.randomUUID(), identifier: PREFIX + userId, value: hashToken(token), expiresAt } })
  return { token, url: activationUrl(token), expiresAt }
}

/** The user a still-valid token belongs to, or null. */
export async function findActivation(tx: Tx, token: string, now = new Date()): Promise<{ id: string; userId: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
  const row = await tx.verification.findFirst({
    where: { value: hashToken(token), identifier: { startsWith: PREFIX }, expiresAt: { gt: now } },
    select: { id: true, identifier: true },
  })
  return row ? { id: row.id, userId: row.identifier.slice(PREFIX.length) } : null
}

/** True while the account has no password yet (added by an owner, link not used). */
export async function isPending(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.account.count({ where: { userId, providerId: 'credential' } })) === 0
}
