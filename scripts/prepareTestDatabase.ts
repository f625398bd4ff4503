/**
 * Migrates and seeds the database DATABASE_URL names, demo team included: the fixture the
 * integration tests start from. Run as its own process by tests/globalSetup.ts.
 */
import { prepareDatabase } from './lib/prepareDatabase'

await prepareDatabase({ seed: true, demoUsers: true })
// The database adapter keeps a connection open; nothing else is left to do.
process.exit(0)
