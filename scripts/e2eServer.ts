/**
 * The site Playwright tests against: a fresh, migrated and seeded database (embedded unless
 * DATABASE_URL is set), a production build in .next-e2e, and `next start` on E2E_PORT.
 *
 * Behind it, the edge tier as shipped, for e2e/edge.spec.ts: a second instance of the same
 * build on E2E_SECOND_PORT (scheduled jobs off), and Varnish on E2E_EDGE_PORT in front of
 * both, purged by both. Without varnishd the site still starts (the edge spec says why it
 * fails).
 */
import exitHook from 'async-exit-hook'
import { rmSync } from 'node:fs'
import path from 'node:path'

// The state file's module alone: the rest of lib/freshness loads Next's server modules.
import { forgetRevalidationStates } from '../lib/freshness/revalidationState.mjs'

import { buildIfNeeded } from './lib/build'
import { startEmbeddedPostgres } from './lib/embeddedPostgres'
import { ensureCronSecret, runJobsEvery } from './lib/jobsTicker'
import { startNextServer } from './lib/nextServer'
import { prepareDatabase } from './lib/prepareDatabase'
import { findVarnishd, startVarnish } from './lib/varnish'

const DIST_DIR = process.env.E2E_DIST_DIR || '.next-e2e'
const port = process.env.E2E_PORT || '3100'
const secondPort = process.env.E2E_SECOND_PORT || String(Number(port) + 1)
const edgePort = process.env.E2E_EDGE_PORT || String(Number(port) + 2)
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.PAYLOAD_SECRET ||= 'annals-end-to-end-tests-not-a-production-secret'
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
// unless E2E_REUSE_BUILD=1 (handy when iterating on tests alone). A kept build keeps the
// instances' revalidation state, which counts changes of the database just recreated.
if (!process.env.E2E_REUSE_BUILD) rmSync(DIST_DIR, { recursive: true, force: true })
else forgetRevalidationStates(DIST_DIR)
buildIfNeeded({ distDir: DIST_DIR })

const varnishd = findVarnishd()
if (varnishd) {
  process.env.CDN_SERVERS = `http://127.0.0.1:${edgePort}`
  // Staff may sign in through the edge: its origin is one of the site's own.
  process.env.CSRF_ORIGINS = [
    process.env.CSRF_ORIGINS,
    `http://localhost:${edgePort}`,
    `http://127.0.0.1:${edgePort}`,
  ]
    .filter(Boolean)
    .join(',')
}
const edge = varnishd
  ? startVarnish({
      varnishd,
      listen: `127.0.0.1:${edgePort}`,
      backends: [`127.0.0.1:${port}`, `127.0.0.1:${secondPort}`],
      workDir: path.resolve(`.data/varnish-e2e-${edgePort}`),
      memory: '64m',
    })
  : undefined

const site = startNextServer({ port })
runJobsEvery(port, cronSecret)
const second = startNextServer({ port: secondPort })
exitHook((done) => {
  void Promise.all([site.stop(), second.stop(), edge?.stop()]).then(() => done())
})
