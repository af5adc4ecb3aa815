// Accounts and sessions: better-auth with e-mail and password, sessions stored in the
// database, scrypt password hashes (memory-hard), sign-in rate-limited in the database.
// Self sign-up is off: the first administrator comes from the setup page or the CLI
// (scripts/create-admin.mjs), and project owners add people (lib/projects/add-member.ts).
import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { nextCookies } from 'better-auth/next-js'
import { db } from './db'
import { authSecret, siteUrl, trustedOrigins } from './config'
import { MIN_PASSWORD_LENGTH } from './auth-policy'

function createAuth() {
  return betterAuth({
    appName: 'Tandem',
    baseURL: siteUrl(),
    secret: authSecret(),
    trustedOrigins: trustedOrigins(),
    database: prismaAdapter(db, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // Every request checks the session row, so signing out elsewhere takes effect at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: process.env.TANDEM_DISABLE_RATE_LIMIT !== '1',
      storage: 'database',
      window: 60,
      max: 300,
      customRules: {
        // Guessing passwords: 5 attempts per minute per address.
        '/sign-in/email': { window: 60, max: 5 },
        '/change-password': { window: 60, max: 5 },
      },
    },
    telemetry: { enabled: false },
    user: { additionalFields: { isAdmin: { type: 'boolean', defaultValue: false, input: false } } },
    plugins: [nextCookies()],
  })
}

type Auth = ReturnType<typeof createAuth>
const globalForAuth = globalThis as unknown as { tandemAuth?: Auth }

/** The better-auth instance, created on first use (so `next build` reads no secret and opens no database). */
export function getAuth(): Auth {
  return (globalForAuth.tandemAuth ??= createAuth())
}
