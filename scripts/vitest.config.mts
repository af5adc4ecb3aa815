import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Two projects: `unit` (pure modules, no database; *.test.ts) and `integration`
// (data-access verbs against a real database; *.int.test.ts, run by
// scripts/test-integration.mjs once on PGlite and once on PostgreSQL).
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['lib/**/*.int.test.ts', 'prisma/**/*.int.test.ts'],
          environment: 'node',
          // One embedded database per run: tests share it, files run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['scripts/integration-setup.mts'],
          setupFiles: ['scripts/integration-each-file.mts'],
        },
      },
    ],
  },
})
