#!/usr/bin/env node
// `prisma generate` without the native engine download (run by npm's postinstall).
// PRISMA_SCHEMA_ENGINE_BINARY=/bin/false tells the CLI an engine exists so it does not try to
// fetch one; generating the client needs no engine. Never /bin/true: then `migrate deploy`
// would "succeed" having applied nothing (../shared/reference/prisma-offline/README.md).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const cli = require.resolve('prisma/build/index.js')
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
process.exit(result.status ?? 1)
