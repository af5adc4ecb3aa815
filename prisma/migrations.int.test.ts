import { describe, expect, it } from 'vitest'
import { closeDb } from '../lib/db'
import { migrationStatus } from '../scripts/prisma-wasm.mjs'

describe('migrations', () => {
  it('leave the database exactly as schema.prisma describes it (no drift, nothing pending or edited)', async () => {
    // The schema engine opens the database itself: release the embedded data directory first.
    await closeDb()
    expect(await migrationStatus()).toEqual([])
  })
})
