import { expect, login, test } from './helpers/fixtures'
import { apiLogin, articleId } from './helpers/api'

test('should show staff a draft in preview while readers keep the published page', async ({
  page,
  request,
  browser,
}) => {
  const headers = await apiLogin(request, 'editor')
  const id = await articleId(request, 'camp-liberty')
  const marker = `Draft wording ${Date.now()}`
  const saved = await request.patch(`/api/articles/${id}?draft=true`, {
    headers,
    data: { shortDescription: marker, changeSummary: 'Preview check' },
  })
  expect(saved.ok()).toBe(true)

  await login({ page, role: 'editor' })
  await page.goto('/preview?path=/articles/camp-liberty')
  await expect(page).toHaveURL(/\/articles\/camp-liberty$/)
  await expect(page.getByRole('status').filter({ hasText: 'Preview' })).toBeVisible()
  await expect(page.locator('.article-header .short-description')).toHaveText(marker)

  const reader = await browser.newPage()
  await reader.goto('/articles/camp-liberty')
  await expect(reader.locator('body')).not.toContainText(marker)
  await expect(reader.getByText('Preview: you are seeing')).toHaveCount(0)
  await reader.close()
})

test('should refuse preview to readers', async ({ request }) => {
  const response = await request.get('/preview?path=/articles/camp-liberty', { maxRedirects: 0 })
  expect(response.status()).toBe(401)
})
