import { test as base, expect, type Page } from '@playwright/test'

import { DEMO_USERS } from '../../scripts/seed'

/** Browser console errors fail the test: a reader would see a broken page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      // Everything must load from this server; a prefetch cut short by navigation is no error.
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText
        if (reason !== 'net::ERR_ABORTED') errors.push(`${reason} ${request.url()}`)
      })
      await use(errors)
      expect(errors).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** A demo user by the name part of their email: 'admin', 'reviewer', 'reviewer2', 'editor'. */
export type DemoRole = (typeof DEMO_USERS)[number]['email'] extends `${infer Name}@${string}`
  ? Name
  : never

export const demoUser = (role: DemoRole) =>
  DEMO_USERS.find((candidate) => candidate.email.startsWith(`${role}@`))!

export async function login({ page, role }: { page: Page; role: DemoRole }) {
  const user = demoUser(role)
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  return user
}
