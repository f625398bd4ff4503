import { getPayload } from 'payload'

import { closePayload } from './closePayload'
import { seedContent, seedDemoUsers } from '../seed'

/**
 * Applies pending migrations and, when asked, seeds the demo content (and the demo team, for
 * the embedded installation). Run before the site starts, in its own short-lived process.
 */
export async function prepareDatabase({ seed, demoUsers }: { seed: boolean; demoUsers: boolean }) {
  const { default: config } = await import('../../payload.config')
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
