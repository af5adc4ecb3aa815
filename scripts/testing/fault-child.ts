// Test helper for the fault tests (prisma/faults.int.test.ts): runs one operation with a
// database client that stops dead right after a chosen write, inside the operation's open
// transaction, prints `{"paused":...}` and waits to be killed. The parent SIGKILLs it there:
// the kill lands mid-transaction every time, not by luck of timing.
//
//   node --import tsx scripts/testing/fault-child.ts realign <userId> <alignmentId> <version>
//   node --import tsx scripts/testing/fault-child.ts hold <userId>
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { realignAlignment } from '../../lib/beads/realign-alignment'
import { PrismaClient } from '../../lib/generated/prisma/client'
import { dataDirectory, isPostgresUrl, lockDataDirectory } from '../../lib/pglite-lock.mjs'
import { createProject } from '../../lib/projects/create-project'

type PauseAt = { model: string; operation: string; nth: number }

function connect(): PrismaClient {
  const url = process.env.DATABASE_URL ?? ''
  if (isPostgresUrl(url)) return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
  lockDataDirectory(dataDirectory())
  return new PrismaClient({ adapter: new PrismaPGlite(new PGlite(dataDirectory())) })
}

/** Installs the instrumented client where lib/db.ts looks for the process's connection. */
function install(pauseAt: PauseAt) {
  let seen = 0
  const client = connect().$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(args)
          if (model === pauseAt.model && operation === pauseAt.operation && ++seen === pauseAt.nth) {
            console.log(JSON.stringify({ paused: { model, operation } }))
            await new Promise(() => {}) // until SIGKILL
          }
          return result
        },
      },
    },
  })
  ;(globalThis as unknown as { tandemDb: unknown }).tandemDb = { client, close: async () => {} }
}

const [mode, ...args] = process.argv.slice(2)
async function main() {
  if (mode === 'realign') {
    const [userId, alignmentId, version] = args
    // After the old beads are deleted and the new ones written, before the event and the commit.
    install({ model: 'Bead', operation: 'deleteMany', nth: 1 })
    await realignAlignment({ userId: userId!, alignmentId: Number(alignmentId), expectedVersion: Number(version) })
  } else if (mode === 'hold') {
    const [userId] = args
    // The first project commits; the second is written inside its transaction, never committed.
    install({ model: 'Project', operation: 'create', nth: 2 })
    await createProject({ userId: userId!, name: 'Committed before the crash' })
    console.log(JSON.stringify({ committed: true }))
    await createProject({ userId: userId!, name: 'Never committed' })
  } else {
    throw new Error(`unknown mode ${mode}`)
  }
  console.log(JSON.stringify({ finished: true }))
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
