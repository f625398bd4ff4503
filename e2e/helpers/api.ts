import type { APIRequestContext } from '@playwright/test'

import { DEMO_USERS } from '../../scripts/seed'

import type { DemoRole } from './fixtures'

/** Logs a demo user in through the REST API; returns headers for their next requests. */
export async function apiLogin(request: APIRequestContext, role: DemoRole) {
  const { email, password } = DEMO_USERS.find((user) => user.roles[0] === role)!
  const response = await request.post('/api/users/login', { data: { email, password } })
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** The stored id of the published article with this slug. */
export async function articleId(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(
    `/api/articles?where[slug][equals]=${slug}&depth=0&select[title]=true`,
  )
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  return docs[0].id
}
