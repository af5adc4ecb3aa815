// @ts-check
const createNextIntlPlugin = require('next-intl/plugin')

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  poweredByHeader: false,
  // Build workers never open the database (pages are dynamic), and one is enough here.
  experimental: {
    cpus: Number(process.env.NEXT_CPUS ?? 1),
    // proxy.ts runs on every request, so Next buffers request bodies for it, by default only
    // the first 10 MB: a larger upload reached the route handler cut off. Uploads may be
    // 20 MB (lib/formats/limits.ts) plus the multipart envelope; larger ones are refused by
    // their declared length before they are read (lib/imports/read-upload.ts).
    proxyClientMaxBodySize: '25mb',
  },
  // Type checking runs once, in `npm run typecheck` (part of `npm run validate`), not again here.
  typescript: { ignoreBuildErrors: true },
  // The static security headers on everything, build files included (proxy.ts adds the
  // Content-Security-Policy with its per-request nonce to pages and API answers; the same
  // list lives in lib/security/headers.ts, and e2e/security-headers.spec.ts checks both).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ],
      },
    ]
  },
}

module.exports = withNextIntl(nextConfig)
