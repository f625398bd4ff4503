import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { DEMO_USERS } from '@/scripts/seed'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

export type DemoRole = (typeof DEMO_USERS)[number]['roles'][number]

/** The demo user with this role, as stored (for Local API calls made as that user). */
export async function demoUser(payload: Payload, role: DemoRole) {
  const { email } = DEMO_USERS.find((user) => user.roles[0] === role)!
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
  })
  return { ...docs[0], collection: 'users' as const }
}
