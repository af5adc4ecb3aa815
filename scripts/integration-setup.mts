// Vitest global setup for the integration project: brings the fresh test database (PGlite
// directory or PostgreSQL server, chosen by scripts/test-integration.mjs) to the migrations.
import { deployMigrations } from './prisma-wasm.mjs'

export default async function setup() {
  if (!process.env.TANDEM_TEST_DB) {
    throw new Error('Run integration tests through `npm run test:int` (scripts/test-integration.mjs), which prepares a database.')
  }
  await deployMigrations()
}
