// @ts-check
const createNextIntlPlugin = require('next-intl/plugin')

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  poweredByHeader: false,
  // Build workers never open the database (pages are dynamic), and one is enough here.
  experimental: { cpus: Number(process.env.NEXT_CPUS ?? 1) },
  // Type checking runs once, in `npm run typecheck` (part of `npm run validate`), not again here.
  typescript: { ignoreBuildErrors: true },
}

module.exports = withNextIntl(nextConfig)
