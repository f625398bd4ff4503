import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { type DemoRole, demoUser } from './fixtures'

/** Logs a demo user in through the REST API; returns headers for their next requests. */
export async function authHeaders(request: APIRequestContext, role: DemoRole) {
  const { email, password } = demoUser(role)
  const response = await request.post('/api/users/login', { data: { email, password } })
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** The id of a document by its slug (as staff: drafts included). */
export async function idBySlug(
  request: APIRequestContext,
  collection: 'articles' | 'events',
  slug: string,
  headers: Record<string, string>,
): Promise<number> {
  const response = await request.get(
    `/api/${collection}?where[slug][equals]=${slug}&depth=0&draft=true&select[slug]=true`,
    { headers },
  )
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  return docs[0].id
}

/** Saves the open document in the admin as a draft, with the change summary given. */
export async function saveDraft({ page, summary }: { page: Page; summary: string }) {
  await page.locator('#field-changeSummary').fill(summary)
  const saved = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().includes('draft=true'),
  )
  await page.getByRole('button', { name: 'Save Draft' }).click()
  return (await saved).status()
}

/** Runs one of the workflow buttons and waits for the page to come back with the new state. */
export async function workflowAction({ page, name }: { page: Page; name: string }) {
  const done = page.waitForResponse((response) => response.request().method() === 'PATCH')
  await page.getByRole('button', { name, exact: true }).click()
  const status = (await done).status()
  await page.waitForLoadState('load')
  return status
}

/**
 * Opens a document in the admin and waits until its form is hydrated and ready: a click or a
 * fill before that lands on server-rendered markup with no handler yet, and is lost (on a
 * busy machine hydration takes seconds).
 */
export async function openDocument(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('form[data-form-ready="true"]').first()).toBeVisible({
    timeout: 60_000,
  })
}

/**
 * Leaves the open document through the admin's own navigation, so Payload releases the
 * document lock (a full page load would leave it held until it expires).
 */
export async function leaveDocument(page: Page) {
  // The breadcrumb: the side navigation is folded away (inert) at this width.
  await page.getByRole('banner').getByRole('link', { name: 'Articles', exact: true }).click()
  await page.waitForURL(/\/admin\/collections\/articles(\?.*)?$/)
}
