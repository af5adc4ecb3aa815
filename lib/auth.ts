// Accounts and sessions: better-auth with e-mail and password, sessions stored in the
// database, scrypt password hashes (memory-hard: N=2^14, r=16, 32 MiB per hash), sign-in
// rate-limited per client address (better-auth, in the database) and per account
// (lib/auth-throttle.ts). Self sign-up is off: the first administrator comes from the setup
// page or the CLI (scripts/create-admin.ts), and project owners add people
// (lib/projects/add-member.ts), who set their password from an activation link.
import { betterAuth } from 'better-auth'
import { APIError, createAuthMiddleware } from 'better-auth/api'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { nextCookies } from 'better-auth/next-js'
import { db } from './db'
import { authSecret, siteUrl, trustedOrigins } from './config'
import { MIN_PASSWORD_LENGTH } from './auth-policy'
import { clearSignInFailures, recordSignInFailure, signInLockMinutes } from './auth-throttle'
import { recordEvent } from './events/record-event'

const SIGN_IN_PATH = '/sign-in/email'
const CHANGE_PASSWORD_PATH = '/change-password'

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email
  return typeof email === 'string' ? email : null
}

const isRefusal = (returned: unknown) => returned instanceof APIError || returned instanceof Error

function createAuth() {
  const rateLimited = process.env.TANDEM_DISABLE_RATE_LIMIT !== '1'
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
      enabled: rateLimited,
      storage: 'database',
      window: 60,
      max: 300,
      customRules: {
        // Guessing passwords: 5 attempts per minute per address.
        [SIGN_IN_PATH]: { window: 60, max: 5 },
        [CHANGE_PASSWORD_PATH]: { window: 60, max: 5 },
      },
    },
    advanced: {
      // Behind a reverse proxy, name it (TANDEM_TRUSTED_PROXIES) so the per-address limit sees
      // the client's address rather than the proxy's or one the client made up.
      ipAddress: { trustedProxies: (process.env.TANDEM_TRUSTED_PROXIES ?? '').split(',').map((s) => s.trim()).filter(Boolean) },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!rateLimited || ctx.path !== SIGN_IN_PATH) return
        const email = emailOf(ctx.body)
        const minutes = email ? await signInLockMinutes(email) : 0
        if (minutes > 0) {
          throw new APIError('TOO_MANY_REQUESTS', {
            message: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
            code: 'ACCOUNT_LOCKED',
          })
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const returned = ctx.context.returned
        if (ctx.path === SIGN_IN_PATH && rateLimited) {
          const email = emailOf(ctx.body)
          if (!email) return
          if (isRefusal(returned)) {
            if ((returned as APIError).statusCode === 401) await recordSignInFailure(email)
          } else {
            await clearSignInFailures(email)
          }
        }
        if (ctx.path === CHANGE_PASSWORD_PATH && !isRefusal(returned)) {
          const userId = (returned as { user?: { id?: string } } | null)?.user?.id ?? ctx.context.session?.user.id
          if (!userId) return
          const revokedOthers = (ctx.body as { revokeOtherSessions?: boolean } | null)?.revokeOtherSessions === true
          await recordEvent(db, { kind: 'user.password-changed', userId, data: { userId, revokedOtherSessions: revokedOthers } })
        }
      }),
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
