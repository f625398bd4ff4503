/**
 * Runs the Payload CLI (`npm run payload -- migrate:create name`) against the configured
 * database, or against the embedded one when DATABASE_URL is not set.
 */
import { spawnSync } from 'node:child_process'

import { exitWithError } from './lib/exitWithError'
import { prepareEnvironment } from './lib/environment'

const environment = await prepareEnvironment().catch(exitWithError)
const { status } = spawnSync('npx', ['payload', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
})
await environment.stop()
process.exit(status ?? 1)
