import { describe, expect, it } from 'vitest'
import { missingMigrationSql } from '../scripts/prisma-wasm.mjs'

describe('the migrations folder', () => {
  // Regression guard: editing schema.prisma without `npm run db -- dev --name <change>`
  // makes this fail with the SQL the missing migration would need.
  it('covers every change in schema.prisma', async () => {
    expect(await missingMigrationSql()).toBe('')
  }, 60_000)
})
