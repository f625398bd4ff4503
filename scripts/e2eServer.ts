/**
 * The site Playwright tests against: a fresh, migrated and seeded database (embedded unless
 * DATABASE_URL is set), a production build in .next-e2e, and `next start` on E2E_PORT.
 */
import exitHook from 'async-exit-hook'
import { rmSync } from 'node:fs'

import { buildIfNeeded } from './lib/build'
import { startEmbeddedPostgres } from './lib/embeddedPostgres'
import { ensureCronSecret, runJobsEvery } from './lib/jobsTicker'
import { startNextServer } from './lib/nextServer'
import { prepareDatabase } from './lib/prepareDatabase'

const DIST_DIR = process.env.E2E_DIST_DIR || '.next-e2e'
const port = process.env.E2E_PORT || '3100'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.PAYLOAD_SECRET ||= 'annals-end-to-end-tests'
process.env.NEXT_DIST_DIR = DIST_DIR
// Scheduled publishes run, as under `npm start` (e2e/schedule.spec.ts).
const cronSecret = ensureCronSecret()

if (!process.env.DATABASE_URL) {
  const port = Number(process.env.E2E_POSTGRES_PORT || 54349)
  const database = await startEmbeddedPostgres({
    dataDir: `.data/postgres-e2e-${port}`,
    port,
    database: 'annals_e2e',
    fresh: true,
  })
  process.env.DATABASE_URL = database.connectionString
}
await prepareDatabase({ seed: true, demoUsers: true })

// Pages are prerendered from the database and tests change content, so each run builds anew
// unless E2E_REUSE_BUILD=1 (handy when iterating on tests alone).
if (!process.env.E2E_REUSE_BUILD) rmSync(DIST_DIR, { recursive: true, force: true })
buildIfNeeded({ distDir: DIST_DIR })

const site = startNextServer({ port })
runJobsEvery(port, cronSecret)
exitHook((done) => {
  void site.stop().then(() => done())
})
