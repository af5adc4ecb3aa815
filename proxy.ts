// Runs before every page, route handler and server action (Next 16's successor to
// middleware): refuses cross-site writes, and sets the Content-Security-Policy with a fresh
// nonce plus the usual security headers. Authorization is NOT done here: every lib verb
// checks it (lib/access.ts); this is the outer wall only.
import { NextResponse, type NextRequest } from 'next/server'
import { siteUrl, trustedOrigins } from './lib/config'
import { contentSecurityPolicy, createNonce, CSP_REPORT_PATH } from './lib/security/csp'
import { securityHeaders } from './lib/security/headers'
import { crossSiteRefusal } from './lib/security/origin'

export function proxy(request: NextRequest) {
  const isHttps = siteUrl().startsWith('https:')
  const refusal = request.nextUrl.pathname === CSP_REPORT_PATH ? null : crossSiteRefusal(request, trustedOrigins())
  if (refusal) {
    const response = NextResponse.json({ error: { code: 'FORBIDDEN', message: `Cross-site request refused. ${refusal}` } }, { status: 403 })
    for (const [name, value] of Object.entries(securityHeaders({ isHttps }))) response.headers.set(name, value)
    return response
  }
  const nonce = createNonce()
  const policy = contentSecurityPolicy({ nonce, isDev: process.env.NODE_ENV === 'development', isHttps })
  // Next.js reads the nonce from the request's policy header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  requestHeaders.set('x-nonce', nonce)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  for (const [name, value] of Object.entries(securityHeaders({ isHttps }))) response.headers.set(name, value)
  return response
}

export const config = {
  // Static build files carry no data and get their headers from next.config.js.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
