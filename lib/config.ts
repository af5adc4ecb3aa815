// Configuration read from the environment, in one place (documented in README.md).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The address users open; used for absolute links and to check request origins. */
export function siteUrl(): string {
  const port = process.env.PORT || '3000'
  return (process.env.TANDEM_URL || `http://localhost:${port}`).replace(/\/+$/, '')
}

/** Origins allowed to send state-changing requests (sign-in, actions, API writes). */
export function trustedOrigins(): string[] {
  const port = process.env.PORT || '3000'
  const extra = (process.env.TANDEM_TRUSTED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  return [...new Set([siteUrl(), `http://localhost:${port}`, `http://127.0.0.1:${port}`, ...extra])]
}

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET, else one generated once and
 * kept in .data/secret (so the embedded default needs no setup and sessions survive restarts).
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET
  if (fromEnv) return fromEnv
  const file = path.join(process.env.TANDEM_SECRET_DIR || '.data', 'secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const secret = crypto.randomBytes(32).toString('base64url')
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    return secret
  }
}
