import { DEMO_USERS } from '../scripts/seed'

import { type DemoRole, expect, login, test } from './helpers/fixtures'

for (const { email, name } of DEMO_USERS) {
  const role = email.split('@')[0] as DemoRole
  test(`should let the demo ${role} log into the admin`, async ({ page }) => {
    await login({ page, role })
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto('/admin/account')
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name)
  })
}
