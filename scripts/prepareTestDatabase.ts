/**
 * Migrates and seeds the database DATABASE_URL names, demo team included: the fixture the
 * integration tests start from. Run as its own process by tests/globalSetup.ts.
 *
 * It never ends without saying why. A step still running after PREPARE_TIMEOUT_MS (default
 * ten minutes) is named and the process exits 1. And if the work stops waiting on anything
 * at all — a promise nothing will settle, which under a top-level await made Node end with a
 * bare "exit code 13" — `beforeExit` names the step and the pool's state.
 */
import { prepareDatabase, type Progress } from './lib/prepareDatabase'

const timeoutMs = Number(process.env.PREPARE_TIMEOUT_MS || 600_000)
const progress: Progress = { step: 'starting' }

const poolState = () => {
  const pool = (
    progress.payload?.db as
      { pool?: { totalCount: number; idleCount: number; waitingCount: number } } | undefined
  )?.pool
  return pool
    ? ` (database pool: ${pool.totalCount} connections, ${pool.idleCount} idle, ` +
        `${pool.waitingCount} requests waiting for one)`
    : ''
}

const fail = (why: string) => {
  console.error(`Preparing the test database failed while ${progress.step}: ${why}${poolState()}`)
  process.exit(1)
}

// Unreferenced: the deadline alone must not keep the process alive, so `beforeExit` still
// catches work that waits on nothing.
setTimeout(() => fail(`still running after ${timeoutMs / 1000} s`), timeoutMs).unref()
process.on('beforeExit', () => fail('nothing was left to wait on, yet it had not finished'))

prepareDatabase({ seed: true, demoUsers: true, progress }).then(
  // The database adapter keeps a connection open; nothing else is left to do.
  () => process.exit(0),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
)
