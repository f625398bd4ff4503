import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { demoLogin, type DemoLogin } from './rest'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

/** The demo user, as stored (for Local API calls made as that user). */
export async function demoUser(payload: Payload, who: DemoLogin) {
  const { email } = demoLogin(who)
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
  })
  return { ...docs[0], collection: 'users' as const }
}
