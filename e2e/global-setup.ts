import { request, type FullConfig } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import { demoAccounts } from '../prisma/demo-accounts'

const AUTH_DIR = path.join(__dirname, '.auth')

/**
 * Signs each demo account in once and keeps its session cookie, so specs start signed in
 * (and sign-in's rate limit is not spent on setup).
 */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]!.use.baseURL!
  fs.mkdirSync(AUTH_DIR, { recursive: true })
  for (const account of demoAccounts) {
    const context = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } })
    const response = await context.post('/api/auth/sign-in/email', { data: { email: account.email, password: account.password } })
    if (!response.ok()) throw new Error(`Signing in ${account.email} failed: ${response.status()} ${await response.text()}`)
    await context.storageState({ path: path.join(AUTH_DIR, `${account.role.toLowerCase()}.json`) })
    await context.dispose()
  }
}
