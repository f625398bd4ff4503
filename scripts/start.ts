/**
 * `npm start`: database (embedded unless DATABASE_URL is set), migrations, demo content on the
 * embedded database, a production build if the sources changed, then `next start` on PORT.
 * Ctrl-C or SIGTERM stops the site and the database cleanly.
 */
import exitHook from 'async-exit-hook'

import { buildIfNeeded } from './lib/build'
import { exitWithError } from './lib/exitWithError'
import { prepareEnvironment } from './lib/environment'
import { startNextServer } from './lib/nextServer'
import { prepareDatabase } from './lib/prepareDatabase'
import { DEMO_USERS } from './seed'

process.env.NEXT_TELEMETRY_DISABLED = '1'
const port = process.env.PORT || '3000'

const environment = await prepareEnvironment().catch(exitWithError)
await prepareDatabase({ seed: environment.embedded, demoUsers: environment.embedded })
buildIfNeeded()

const site = startNextServer({ port })

// The embedded PostgreSQL registers its own shutdown with async-exit-hook; this stops the
// site alongside it, so neither outlives `npm start`.
exitHook((done) => {
  void site.stop().then(() => done())
})
void site.exited.then((code) => {
  if (code) process.exit(code)
})

console.log(`\nAnnals: http://localhost:${port}  —  admin: http://localhost:${port}/admin`)
if (environment.embedded) {
  console.log('Demo logins:')
  for (const user of DEMO_USERS)
    console.log(`  ${user.roles[0].padEnd(9)} ${user.email} / ${user.password}`)
}
