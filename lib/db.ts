import { PrismaPg } from '@prisma/adapter-pg'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from './generated/prisma/client'
import { dataDirectory, isPostgresUrl, lockDataDirectory } from './pglite-lock.mjs'

export type Db = PrismaClient
/** The client handed to code running inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

type Connection = { client: PrismaClient; close: () => Promise<void> }

type DriverTransaction = { commit(): Promise<void>; rollback(): Promise<void>; executeRaw(query: { sql: string; args: unknown[]; argTypes: unknown[] }): Promise<number> }

/**
 * Regression: pglite-prisma-adapter 0.7.2 swallows an error raised by COMMIT (its
 * `transaction(...).catch` rejects a promise that has already resolved), so a transaction
 * that a deferred constraint (the annotation-span trigger, docs/decisions/001) rolls back
 * at commit was reported to Prisma as committed: the verb answered success and nothing was
 * saved. Checking the deferred constraints just before COMMIT raises the error where the
 * adapter does pass it on; the transaction is then rolled back and the verb fails.
 */
class CheckedPGliteFactory extends PrismaPGlite {
  override async connect() {
    const adapter = await super.connect()
    const startTransaction = adapter.startTransaction.bind(adapter)
    // The isolation level is not passed on: PGlite has one connection, on which transactions run
    // one after another, so every transaction already sees one state (and the adapter would send
    // SET TRANSACTION before BEGIN, where PostgreSQL ignores it with a warning).
    adapter.startTransaction = async () => {
      const transaction = (await startTransaction()) as Awaited<ReturnType<typeof startTransaction>> & DriverTransaction
      const commit = transaction.commit.bind(transaction)
      transaction.commit = async () => {
        try {
          await transaction.executeRaw({ sql: 'SET CONSTRAINTS ALL IMMEDIATE', args: [], argTypes: [] })
        } catch (error) {
          await transaction.rollback()
          throw error
        }
        return commit()
      }
      return transaction
    }
    return adapter
  }
}

/**
 * Under load, requests queue for a connection (PostgreSQL pool) or for the one PGlite
 * connection. Prisma's default is to give up after 2 s waiting and 5 s running, which made
 * reads fail with a 500 when 50 editors worked at once (found by scripts/load/run.ts);
 * waiting longer is what a user wants. Verbs that need more pass their own options.
 */
const transactionOptions = { maxWait: 15_000, timeout: 30_000 }

/**
 * Transaction options for a verb whose several reads must describe one state (a view, an
 * export): at PostgreSQL's default, READ COMMITTED, each statement sees what was committed when
 * it began, so a change committed between the beads and the paragraphs would mix two versions.
 * A new object each time: Prisma writes into the options of a nested transaction.
 */
export function oneSnapshot(options: { maxWait?: number; timeout?: number } = {}) {
  return { ...options, isolationLevel: 'RepeatableRead' as const }
}

function connect(): Connection {
  // Regression: `next build` must never open the database (a build worker opening the
  // PGlite directory beside a running server corrupts it). Pages are dynamic; this is the
  // guard that proves it.
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database was opened during `next build`; pages that read data must be dynamic.')
  }
  const url = process.env.DATABASE_URL ?? ''
  if (isPostgresUrl(url)) {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions })
    return { client, close: () => client.$disconnect() }
  }
  const dir = dataDirectory()
  const release = lockDataDirectory(dir)
  const pglite = new PGlite(dir)
  const client = new PrismaClient({ adapter: new CheckedPGliteFactory(pglite), transactionOptions })
  return {
    client,
    close: async () => {
      await client.$disconnect()
      // PGlite keeps pages in memory until closed: close it to flush.
      await pglite.close()
      release()
    },
  }
}

// One connection per process, created on first use (importing this module opens nothing),
// and surviving Next.js dev-server hot reloads.
const globalForDb = globalThis as unknown as { tandemDb?: Connection }

function connection(): Connection {
  return (globalForDb.tandemDb ??= connect())
}

/** The process's Prisma client. The database is opened on first access. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = connection().client
    const value = Reflect.get(client, property, client)
    return typeof value === 'function' ? value.bind(client) : value
  },
})

/** Closes the database if it was opened (tests, scripts, shutdown). */
export async function closeDb(): Promise<void> {
  const current = globalForDb.tandemDb
  globalForDb.tandemDb = undefined
  await current?.close()
}
