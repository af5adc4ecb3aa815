// The Content-Security-Policy every page is served with (set per request by proxy.ts).
// Pure: no Next, no Prisma, so it is unit-tested on its own (csp.test.ts).
//
// Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic').
// Next.js puts the nonce on its own inline bootstrap scripts and chunks when the request
// carries this header (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md).
// Inline event handlers (`onerror=`), `javascript:` URLs and injected <script> elements have
// no nonce and never run, even if imported text ever reached the DOM as markup.
//
// Styles allow 'unsafe-inline': React renders `style` attributes, and UI libraries (Radix)
// insert <style> elements without a nonce. CSS cannot run script; the trade-off is written
// down in docs/decisions/007-accounts-and-security.md.

export const CSP_REPORT_PATH = '/api/csp-report'

export type CspOptions = {
  nonce: string
  /** `next dev` needs eval for React's debugging aids; production never does. */
  isDev?: boolean
  /** Behind HTTPS, ask the browser to upgrade stray http:// subresources. */
  isHttps?: boolean
}

export function contentSecurityPolicy({ nonce, isDev = false, isHttps = false }: CspOptions): string {
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(nonce)) throw new Error('A CSP nonce must be base64.')
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])],
    ['script-src-attr', "'none'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['media-src', "'none'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    // report-uri only: Chromium ignores report-uri when report-to is present, and delivers
    // report-to reports in delayed batches (minutes), which no test can wait for.
    ['report-uri', CSP_REPORT_PATH],
  ]
  if (isHttps) directives.push(['upgrade-insecure-requests'])
  return directives.map((parts) => parts.join(' ')).join('; ')
}

/** A fresh nonce for one response: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
