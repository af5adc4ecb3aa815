// Creates an administrator account from the command line (the alternative to the first-run
// /setup page, e.g. on a server without a browser at hand). Whoever can run this can open
// the database anyway, so it needs no other permission. The password is read from
// TANDEM_ADMIN_PASSWORD or, if that is unset, from the first line of standard input, so it
// never appears in the process list or the shell history.
//
//   npm run create-admin -- --email ada@example.org --name "Ada Lovelace" < password.txt
//   (with the embedded database, stop the server first: one process per data directory)
import readline from 'node:readline'
import { parseArgs } from 'node:util'
import { closeDb, db } from '../lib/db'
import { toErrorBody } from '../lib/errors'
import { createUserSchema, insertUser } from '../lib/users/create-user'
import { parseInput } from '../lib/validation/common'

async function readPassword(): Promise<string> {
  if (process.env.TANDEM_ADMIN_PASSWORD) return process.env.TANDEM_ADMIN_PASSWORD
  if (process.stdin.isTTY) process.stderr.write('Password (at least 10 characters, shown as you type): ')
  const lines = readline.createInterface({ input: process.stdin })
  for await (const line of lines) {
    lines.close()
    return line
  }
  return ''
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
  if (!values.email || !values.name) {
    console.error('Usage: npm run create-admin -- --email <e-mail> --name <name>   (password from TANDEM_ADMIN_PASSWORD or standard input)')
    return 64
  }
  const input = parseInput(createUserSchema, { email: values.email, name: values.name, password: await readPassword(), isAdmin: true })
  const user = await db.$transaction((tx) => insertUser(tx, input, null))
  console.log(`Administrator ${user.email} created. Sign in at /sign-in.`)
  return 0
}

main()
  .then(async (code) => {
    await closeDb()
    process.exit(code)
  })
  .catch(async (error) => {
    console.error(`Creating the administrator failed: ${toErrorBody(error).message}`)
    await closeDb()
    process.exit(1)
  })
