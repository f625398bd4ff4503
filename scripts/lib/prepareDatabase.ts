import { getPayload } from 'payload'

import { closePayload } from './closePayload'
import { seedContent, seedDemoUsers } from '../seed'

/**
 * Applies pending migrations and, when asked, seeds the demo content (and the demo team, for
 * the embedded installation). Run before the site starts, in its own short-lived process.
 */
export async function prepareDatabase({ seed, demoUsers }: { seed: boolean; demoUsers: boolean }) {
  // Migrations may build indexes over a large corpus: no statement timeout for this process
  // (the site's own pool keeps its limit).
  const statementTimeout = process.env.DATABASE_STATEMENT_TIMEOUT_MS
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = '0'
  const { default: config } = await import('../../payload.config').finally(() => {
    if (statementTimeout === undefined) delete process.env.DATABASE_STATEMENT_TIMEOUT_MS
    else process.env.DATABASE_STATEMENT_TIMEOUT_MS = statementTimeout
  })
  const { migrations } = await import('../../migrations')
  const payload = await getPayload({ config })
  try {
    // Generated migration modules type their arguments more narrowly than the adapter's API.
    await payload.db.migrate({ migrations: migrations as never })
    if (demoUsers) await seedDemoUsers(payload)
    if (seed) {
      const { created, existing } = await seedContent(payload)
      console.log(`Demo content: ${created} documents created, ${existing} already there.`)
    }
  } finally {
    await closePayload(payload)
  }
}
