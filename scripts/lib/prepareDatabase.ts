import { getPayload, type Payload } from 'payload'

import { closePayload } from './closePayload'
import { seedContent, seedDemoUsers } from '../seed'

/** What prepareDatabase is doing, for a caller that must say where it stopped. */
export type Progress = { step: string; payload?: Payload }

/**
 * Applies pending migrations and, when asked, seeds the demo content (and the demo team, for
 * the embedded installation). Run before the site starts, in its own short-lived process.
 */
export async function prepareDatabase({
  seed,
  demoUsers,
  progress = { step: '' },
}: {
  seed: boolean
  demoUsers: boolean
  progress?: Progress
}) {
  // Migrations may build indexes over a large corpus: no statement timeout for this process
  // (the site's own pool keeps its limit).
  const statementTimeout = process.env.DATABASE_STATEMENT_TIMEOUT_MS
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = '0'
  progress.step = 'loading the configuration'
  const { default: config } = await import('../../payload.config').finally(() => {
    if (statementTimeout === undefined) delete process.env.DATABASE_STATEMENT_TIMEOUT_MS
    else process.env.DATABASE_STATEMENT_TIMEOUT_MS = statementTimeout
  })
  const { migrations } = await import('../../migrations')
  progress.step = 'connecting to the database'
  const payload = await getPayload({ config })
  progress.payload = payload
  try {
    progress.step = 'migrating'
    // Generated migration modules type their arguments more narrowly than the adapter's API.
    await payload.db.migrate({ migrations: migrations as never })
    progress.step = 'adding the demo users'
    if (demoUsers) await seedDemoUsers(payload)
    progress.step = 'seeding the demo content'
    if (seed) {
      const { created, existing } = await seedContent(payload)
      console.log(`Demo content: ${created} documents created, ${existing} already there.`)
    }
  } finally {
    progress.step = 'closing'
    await closePayload(payload)
  }
}
