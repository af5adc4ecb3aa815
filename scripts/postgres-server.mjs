// A throw-away PostgreSQL server for tests: initdb into a temporary directory, start it on a
// free loopback port, hand out its URL, stop it and delete everything afterwards. Uses
// Debian's postgresql package (installed by scripts/test.sh); nothing runs when CI begins.
//
// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

function findBinDir() {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  for (const version of versions) {
    const dir = path.join(root, version, 'bin')
    if (fs.existsSync(path.join(dir, 'initdb'))) return dir
  }
  throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Run scripts/test.sh, which installs it with apt.')
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Starts a server; returns { url, stop }. */
export async function startPostgres() {
  const bin = findBinDir()
  const isRoot = process.getuid?.() === 0
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-pg-'))
  const dataDir = path.join(dir, 'data')
  const port = await freePort()
  const asServerUser = (command, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args])
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir])
  const run = (command, args) => {
    const [cmd, argv] = asServerUser(command, args)
    const result = spawnSync(cmd, argv, { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout}`)
  }
  run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'tandem', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
  run(path.join(bin, 'pg_ctl'), [
    '-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ])
  run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'tandem', 'tandem'])
  const url = `postgresql://tandem@127.0.0.1:${port}/tandem`
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  process.on('exit', stop)
  return { url, stop }
}
