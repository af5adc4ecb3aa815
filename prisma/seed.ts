// Loads the sample data (idempotent: run on every start by scripts/start.mjs).
// With TANDEM_DEMO=1 it also creates the demo accounts (prisma/demo-accounts.ts) and makes
// them members of the samples in their roles; otherwise the samples go to the first
// administrator once one exists (the setup page loads them right after creating it).
import { closeDb, db } from '../lib/db'
import { ensureSamples } from '../lib/samples/ensure-samples'
import { insertUser } from '../lib/users/create-user'
import { demoAccounts } from './demo-accounts'

async function ensureDemoAccounts() {
  const ids: { userId: string; role: (typeof demoAccounts)[number]['role'] }[] = []
  for (const account of demoAccounts) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } })
    const id = existing?.id ?? (await db.$transaction((tx) => insertUser(tx, account, null))).id
    ids.push({ userId: id, role: account.role })
  }
  return ids
}

async function main() {
  if (process.env.TANDEM_SAMPLES === '0') return
  if (process.env.TANDEM_DEMO === '1') {
    const members = await ensureDemoAccounts()
    const owner = members.find((m) => m.role === 'OWNER')!
    const created = await ensureSamples({ ownerId: owner.userId, members })
    if (created.length) console.log(`Sample data loaded: ${created.join(', ')}`)
    return
  }
  const admin = await db.user.findFirst({ where: { isAdmin: true }, orderBy: { createdAt: 'asc' }, select: { id: true } })
  if (!admin) return
  const created = await ensureSamples({ ownerId: admin.id })
  if (created.length) console.log(`Sample data loaded: ${created.join(', ')}`)
}

main()
  .then(() => closeDb())
  .catch(async (error) => {
    console.error(`Loading the sample data failed: ${error instanceof Error ? error.message : error}`)
    await closeDb()
    process.exit(1)
  })
