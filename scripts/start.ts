/**
 * `npm start`: database (embedded unless DATABASE_URL is set), migrations, demo content on the
 * embedded database, a production build if the sources changed, then `next start` on PORT,
 * on 127.0.0.1 (HOST to change it), with the jobs queue (scheduled publishes) run every 5 s unless JOBS_AUTORUN=0. Ctrl-C or SIGTERM stops
 * the site and the database, even while requests are in flight.
 */
import exitHook from 'async-exit-hook'

import { buildIfNeeded } from './lib/build'
import { exitWithError } from './lib/exitWithError'
import { prepareEnvironment } from './lib/environment'
import { ensureCronSecret, runJobsEvery } from './lib/jobsTicker'
import { startNextServer } from './lib/nextServer'
import { prepareDatabase } from './lib/prepareDatabase'
import { watchAncestors } from './lib/watchAncestors'
import { DEMO_USERS } from './seed'

process.env.NEXT_TELEMETRY_DISABLED = '1'
// This one process runs the jobs queue; extra instances of the site leave JOBS_AUTORUN unset.
process.env.JOBS_AUTORUN ??= '1'
const cronSecret = process.env.JOBS_AUTORUN === '1' ? ensureCronSecret() : undefined
const port = process.env.PORT || '3000'
// Loopback unless told otherwise: reached directly, `next start` would serve what only a proxy
// in front of it should (its internal headers, a client's own X-Forwarded-For). HOST=0.0.0.0
// (or an address) opens it to the network.
const host = process.env.HOST || '127.0.0.1'

let stopDatabase: () => Promise<void> = async () => {}
let stopSite: () => Promise<void> = async () => {}
// Stop the site first (its requests end), then the database; each is bounded in time.
exitHook.forceExitTimeout(20_000)
exitHook((done) => {
  void stopSite()
    .then(() => stopDatabase())
    .catch(() => {})
    .then(() => done())
})

// A SIGTERM sent to `npm` alone reaches no further: stop as if it had reached us.
watchAncestors(() => process.kill(process.pid, 'SIGTERM'))

const environment = await prepareEnvironment().catch(exitWithError)
stopDatabase = environment.stop
await prepareDatabase({ seed: environment.embedded, demoUsers: environment.embedded }).catch(
  exitWithError,
)
try {
  buildIfNeeded()
} catch (error) {
  exitWithError(error)
}

const site = startNextServer({ port, hostname: host })
stopSite = site.stop
void site.exited.then((code) => {
  if (code) process.exit(code)
})

const shown =
  host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host
console.log(`\nAnnals: http://${shown}:${port}  —  admin: http://${shown}:${port}/admin`)
if (environment.embedded) {
  console.log('Demo logins:')
  for (const user of DEMO_USERS)
    console.log(`  ${user.roles[0].padEnd(9)} ${user.email} / ${user.password}`)
}
if (cronSecret) runJobsEvery(port, cronSecret)
