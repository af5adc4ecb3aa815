#!/usr/bin/env node
// Offline stand-in for `prisma migrate dev|deploy|status|reset` plus a migrations check.
//
// The Prisma CLI downloads a native schema engine at run time, which cannot work on machines
// that reach only the npm registry. Prisma's own schema engine is also published as
// WebAssembly (@prisma/schema-engine-wasm); driven through a driver adapter it writes the same
// SQL and the same `_prisma_migrations` rows. Adapted from
// ../shared/reference/prisma-offline/prisma-wasm.mjs (see docs/decisions/001-storage.md).
//
//   node scripts/prisma-wasm.mjs dev --name <name> [--create-only] [--accept-data-loss]
//   node scripts/prisma-wasm.mjs deploy     # apply pending migrations
//   node scripts/prisma-wasm.mjs status     # exit 1 on unapplied/failed/edited migrations or drift
//   node scripts/prisma-wasm.mjs check      # exit 2 if schema.prisma has changes no migration covers (no DB)
//   node scripts/prisma-wasm.mjs diff       # SQL that would bring the live database to schema.prisma
//   node scripts/prisma-wasm.mjs reset --force
//
// Database: DATABASE_URL=postgres://... for a server, else the PGlite directory
// TANDEM_DATA_DIR (default .data/pglite), locked against a second process.
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils'
import { dataDirectory, isPostgresUrl, lockDataDirectory } from '../lib/pglite-lock.mjs'

const require = createRequire(import.meta.url)
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SCHEMA = path.join(ROOT, 'prisma', 'schema.prisma')
const MIGRATIONS = path.join(ROOT, 'prisma', 'migrations')
const filters = { externalTables: [], externalEnums: [] }

let schemaEngine
/** The wasm engine, instantiated once per process (its JS glue is a module-level singleton). */
async function loadSchemaEngine() {
  schemaEngine ??= instantiateSchemaEngine()
  return schemaEngine
}

async function instantiateSchemaEngine() {
  // The package's entry imports the .wasm as an ES module (needs a Node flag), so instantiate
  // it by hand, as @prisma/internals' wasmSchemaEngineLoader does.
  const runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg')
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))
  const wasmModule = new WebAssembly.Module(await readFile(path.join(dir, 'schema_engine_bg.wasm')))
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': runtime })
  runtime.__wbg_set_wasm(instance.exports)
  instance.exports.__wbindgen_start()
  return runtime.SchemaEngine
}

async function memoryShadow() {
  const { PGlite } = await import('@electric-sql/pglite')
  const { PrismaPGlite } = await import('pglite-prisma-adapter')
  return new PrismaPGlite(new PGlite()).connect()
}

let charPatched = false
let queryablePatched = false

// The describer reads "char" columns as Character (a Text column makes it panic on CHECK
// constraints): report the columns marked in addFields as Character. Patched on the
// prototype shared by the adapter and its transactions, once per process.
function patchInternalCharColumns(adapter) {
  if (queryablePatched) return
  queryablePatched = true
  let proto = Object.getPrototypeOf(adapter)
  while (proto && !Object.hasOwn(proto, 'queryRaw')) proto = Object.getPrototypeOf(proto)
  const internalChar = new WeakMap()
  const { performIO, queryRaw } = proto
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query)
    internalChar.set(query, result.fields.map((f) => f.isInternalChar === true))
    return result
  }
  proto.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query)
    const marks = internalChar.get(query)
    if (marks?.some(Boolean)) result.columnTypes = result.columnTypes.map((type, i) => (marks[i] ? ColumnTypeEnum.Character : type))
    return result
  }
}
async function adapterFactory({ url = process.env.DATABASE_URL ?? '', dataDir = dataDirectory() } = {}) {
  if (isPostgresUrl(url)) {
    const { default: pg } = await import('pg')
    const { PrismaPg } = await import('@prisma/adapter-pg')
    if (!charPatched) {
      // @prisma/adapter-pg has no mapping for Postgres' internal "char" type (oid 18), which
      // the engine's schema describer selects from pg_catalog (e.g. pg_constraint.contype):
      // let it through as text, remember the column, and report it as Character below.
      // Only this migration process is patched; the app never reads "char" columns.
      const addFields = pg.Result.prototype.addFields
      pg.Result.prototype.addFields = function (fields) {
        for (const f of fields) {
          if (f.dataTypeID === 18) Object.assign(f, { dataTypeID: 25, isInternalChar: true })
        }
        return addFields.call(this, fields)
      }
      charPatched = true
    }
    const server = new PrismaPg({ connectionString: url })
    // PrismaPg's own shadow database is unsafe with a connection string (it points at the main
    // database), so the shadow is an in-memory PGlite: same dialect, nothing left on the server.
    const factory = {
      provider: server.provider,
      adapterName: server.adapterName,
      connect: async () => {
        const adapter = await server.connect()
        // Regression: @prisma/adapter-pg 7.10's executeScript splits a migration on every ";",
        // which cuts PL/pgSQL function bodies (our CHECK triggers) apart. PostgreSQL's simple
        // query protocol runs a multi-statement script as is, so send it whole.
        adapter.executeScript = async (script) => {
          try {
            await adapter.underlyingDriver().query(script)
          } catch (error) {
            adapter.onError(error)
          }
        }
        patchInternalCharColumns(adapter)
        return adapter
      },
      connectToShadowDb: memoryShadow,
    }
    return { factory, close: async () => {} }
  }
  const { PGlite } = await import('@electric-sql/pglite')
  const { PrismaPGlite } = await import('pglite-prisma-adapter')
  const inMemory = dataDir.startsWith('memory://')
  const release = inMemory ? () => {} : lockDataDirectory(dataDir)
  const db = new PGlite(dataDir)
  const factory = new PrismaPGlite(db)
  const base = { provider: factory.provider, adapterName: factory.adapterName, connect: () => factory.connect() }
  // PGlite keeps pages in memory until it shuts down: always close it.
  return {
    factory: { ...base, connectToShadowDb: memoryShadow },
    close: async () => {
      await db.close()
      release()
    },
  }
}

export async function listMigrations() {
  // Same shape as @prisma/migrate's listMigrations().
  const lockfile = {
    path: 'migration_lock.toml',
    content: await readFile(path.join(MIGRATIONS, 'migration_lock.toml'), 'utf8').catch(() => null),
  }
  const entries = existsSync(MIGRATIONS) ? await readdir(MIGRATIONS, { withFileTypes: true }) : []
  const migrationDirectories = []
  for (const e of entries.filter((e) => e.isDirectory())) {
    const content = await readFile(path.join(MIGRATIONS, e.name, 'migration.sql'), 'utf8').then(
      (value) => ({ tag: 'ok', value }),
      (err) => ({ tag: 'error', value: err.message }),
    )
    migrationDirectories.push({ path: e.name, migrationFile: { path: 'migration.sql', content } })
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path))
  return { baseDir: MIGRATIONS, lockfile, shadowDbInitScript: '', migrationDirectories }
}

/**
 * Runs `fn(engine, files)` with a schema engine connected to the configured database
 * (or the one named in `options`), then frees everything.
 */
export async function withSchemaEngine(fn, options = {}) {
  const files = [{ path: SCHEMA, content: await readFile(SCHEMA, 'utf8') }]
  const SchemaEngine = await loadSchemaEngine()
  const { factory, close } = await adapterFactory(options)
  const log = (m) => process.env.PRISMA_WASM_DEBUG && console.error('[schema-engine]', m)
  let engine
  try {
    engine = await SchemaEngine.new(
      { datamodels: files.map((f) => [f.path, f.content]) },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    )
    return await fn(engine, files)
  } finally {
    engine?.free()
    await close()
  }
}

/** Applies pending migrations; returns the names applied. */
export async function deployMigrations(options = {}) {
  return withSchemaEngine(async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await listMigrations(), filters })
    return appliedMigrationNames
  }, options)
}

/** SQL that schema.prisma needs beyond the migrations folder ('' when none). No database used. */
export async function missingMigrationSql() {
  return withSchemaEngine(
    async (engine, files) => {
      const d = await engine.diff({
        from: { tag: 'migrations', ...(await listMigrations()) },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: true,
        filters,
      })
      return d.exitCode === 2 ? d.stdout : ''
    },
    { dataDir: 'memory://' },
  )
}

/** Problems between the database, the migrations folder and schema.prisma ([] when none). */
export async function migrationStatus(options = {}) {
  return withSchemaEngine(async (engine, files) => {
    const migrationsList = await listMigrations()
    const h = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters })
    const d = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: path.dirname(SCHEMA) },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters,
    })
    return [
      ...(h.history ? [`history: ${JSON.stringify(h.history)}`] : []),
      ...h.failedMigrationNames.map((n) => `failed: ${n}`),
      ...h.editedMigrationNames.map((n) => `edited after apply: ${n}`),
      ...(d.exitCode === 2 ? [`drift: the database differs from prisma/schema.prisma:\n${d.stdout}`] : []),
    ]
  }, options)
}

async function createMigration(opts) {
  return withSchemaEngine(async (engine, files) => {
    const migrationsList = await listMigrations()
    // Applying an empty list only creates `_prisma_migrations` if missing.
    await engine.applyMigrations({ migrationsList: { ...migrationsList, migrationDirectories: [] }, filters })
    const diag = await engine.devDiagnostic({ migrationsList, filters })
    if (diag.action.tag === 'reset') {
      console.error(`The database must be reset: ${diag.action.reason}\nRun: npm run db -- reset --force`)
      return 1
    }
    await engine.applyMigrations({ migrationsList, filters })
    const loss = await engine.evaluateDataLoss({ migrationsList, schema: { files }, filters })
    for (const w of loss.warnings) console.warn(`Warning: ${w.message}`)
    for (const u of loss.unexecutableSteps) console.warn(`Unexecutable: ${u.message}`)
    // Non-interactive equivalent of `migrate dev`'s data-loss prompt.
    if (!opts['create-only'] && (loss.unexecutableSteps.length || (loss.warnings.length && !opts['accept-data-loss']))) {
      console.error('Re-run with --create-only (then edit the SQL) or --accept-data-loss.')
      return 1
    }
    if (!opts.name) throw new Error('--name <migration name> is required')
    const out = await engine.createMigration({
      draft: Boolean(opts['create-only']),
      migrationName: opts.name,
      migrationsList,
      schema: { files },
      filters,
    })
    if (out.migrationScript === null) {
      console.log('Already in sync, no migration created.')
      return 0
    }
    const dir = path.join(MIGRATIONS, out.generatedMigrationName)
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript)
    await writeFile(
      path.join(MIGRATIONS, 'migration_lock.toml'),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
    )
    console.log(`Created ${path.relative(process.cwd(), dir)}`)
    if (!opts['create-only']) await engine.applyMigrations({ migrationsList: await listMigrations(), filters })
    return 0
  })
}

async function main() {
  const { positionals, values: opts } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      'create-only': { type: 'boolean' },
      force: { type: 'boolean' },
      'accept-data-loss': { type: 'boolean' },
    },
  })
  switch (positionals[0]) {
    case 'deploy': {
      const names = await deployMigrations()
      console.log(names.length ? `Applied: ${names.join(', ')}` : 'No pending migrations.')
      return 0
    }
    case 'dev':
      return createMigration(opts)
    case 'status': {
      const problems = await migrationStatus()
      console.log(problems.length ? problems.join('\n') : 'Database up to date and matching prisma/schema.prisma.')
      return problems.length ? 1 : 0
    }
    case 'check': {
      const sql = await missingMigrationSql()
      if (sql) console.error(`prisma/schema.prisma has changes without a migration:\n${sql}`)
      else console.log('The migrations folder matches prisma/schema.prisma.')
      return sql ? 2 : 0
    }
    case 'diff':
      return withSchemaEngine(async (engine, files) => {
        const d = await engine.diff({
          from: { tag: 'schemaDatasource', files, configDir: path.dirname(SCHEMA) },
          to: { tag: 'schemaDatamodel', files },
          script: true,
          exitCode: true,
          filters,
        })
        process.stdout.write(d.stdout ?? '')
        return d.exitCode === 2 ? 2 : 0
      })
    case 'reset':
      if (!opts.force) throw new Error('reset drops all data: pass --force')
      return withSchemaEngine(async (engine) => {
        await engine.reset({ filter: filters })
        await engine.applyMigrations({ migrationsList: await listMigrations(), filters })
        return 0
      })
    default:
      console.error('usage: prisma-wasm.mjs dev --name <n> [--create-only] | deploy | status | check | diff | reset --force')
      return 64
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The wasm engine leaves a ~10 s timer armed after its last call: exit explicitly.
  main().then(
    (code) => process.exit(code ?? 0),
    (e) => {
      console.error(e?.message ?? e)
      process.exit(1)
    },
  )
}
