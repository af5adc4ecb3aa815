// Closes the database after each test file, so that the next file's process can open the
// embedded data directory (one process per directory).
import { afterAll } from 'vitest'
import { closeDb } from '../lib/db'

afterAll(async () => {
  await closeDb()
})
