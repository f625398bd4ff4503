import { DEMO_USERS } from '../scripts/seed'

import { expect, login, test } from './helpers/fixtures'

for (const { roles, name } of DEMO_USERS) {
  test(`should let the demo ${roles[0]} log into the admin`, async ({ page }) => {
    await login({ page, role: roles[0] })
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto('/admin/account')
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name)
  })
}
