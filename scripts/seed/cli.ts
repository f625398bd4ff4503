/** `npm run seed`: migrations, then the demo content (and, on the embedded database, demo users). */
import { exitWithError } from '../lib/exitWithError'
import { prepareEnvironment } from '../lib/environment'
import { prepareDatabase } from '../lib/prepareDatabase'

const environment = await prepareEnvironment().catch(exitWithError)
try {
  await prepareDatabase({ seed: true, demoUsers: environment.embedded })
} finally {
  await environment.stop()
}
// The database adapter keeps a connection open; nothing else is left to do.
process.exit(0)
