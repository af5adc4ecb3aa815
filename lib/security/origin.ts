// Cross-site request protection, shared by proxy.ts (every route handler and every server
// action) and lib/route.ts (route handlers again, so a matcher change cannot remove it).
// Pure: takes the request's method, URL and headers.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type RequestLike = { method: string; url: string; headers: { get(name: string): string | null } }

/**
 * Why a state-changing request must be refused, or null when it may proceed.
 *
 * Browsers send Origin on every cross-origin request and on same-origin POSTs (server
 * actions and fetch included), and Sec-Fetch-Site on every request: a write whose Origin is
 * not ours, is `null` (sandboxed frames, privacy redirects), or that the browser marks as
 * cross-site is refused. A request with neither header comes from a non-browser client
 * (the CLI, a script, the load test), which carries no victim's ambient cookies.
 */
export function crossSiteRefusal(request: RequestLike, trustedOrigins: readonly string[]): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null
  const origin = request.headers.get('origin')
  const fetchSite = request.headers.get('sec-fetch-site')
  if (origin !== null) {
    if (origin === 'null') return 'The request comes from an opaque origin.'
    if (trustedOrigins.includes(origin) || origin === new URL(request.url).origin) return null
    return `The request comes from another site (${origin.slice(0, 200)}).`
  }
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return `The browser marked the request as ${fetchSite.slice(0, 40)}.`
  return null
}
