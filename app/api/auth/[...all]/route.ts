import { toNextJsHandler } from 'better-auth/next-js'
import { getAuth } from '@/lib/auth'

// better-auth's own endpoints: sign-in, sign-out, session, change-password. It checks the
// request origin against trustedOrigins (lib/config.ts) and rate-limits sign-in.
const handler = (request: Request) => getAuth().handler(request)
export const { GET, POST } = toNextJsHandler(handler)
