import AxeBuilder from '@axe-core/playwright'
import { test as plainTest, type Page } from '@playwright/test'

import { expect, test } from './helpers/fixtures'

const results = (page: Page) => page.locator('ol.search-results > li')

test.describe('search', () => {
  test('should search from the header and highlight the matches', async ({ page }) => {
    await page.goto('/')
    const form = page.getByRole('search', { name: 'Site search' })
    await form.getByRole('searchbox', { name: 'Search Annals' }).fill('ashraf')
    await form.getByRole('searchbox', { name: 'Search Annals' }).press('Enter')
    await expect(page).toHaveURL(/\/search\?q=ashraf$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “ashraf”')
    await expect(results(page).first().locator('mark').first()).toHaveText(/ashraf/i)
    await expect(page.getByRole('searchbox', { name: 'Search Annals' }).last()).toHaveValue(
      'ashraf',
    )
  })

  test('should show an exact title as the first hit and lead to it', async ({ page }) => {
    await page.goto('/search?q=camp+ashraf')
    const first = results(page).first()
    await expect(first.getByRole('heading', { level: 2 })).toHaveText('Camp Ashraf')
    await first.getByRole('link', { name: 'Camp Ashraf' }).click()
    await expect(page).toHaveURL(/\/articles\/camp-ashraf$/)
  })

  test('should answer an odd query with a friendly page', async ({ page }) => {
    const response = await page.goto(
      `/search?q=${encodeURIComponent('"&|!:* 🔥 \'; DROP TABLE x; --')}`,
    )
    expect(response?.status()).toBe(200)
    await expect(page.getByText(/^No results for “/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'all articles' })).toBeVisible()
  })

  test('should page through results', async ({ page }) => {
    await page.goto('/search?q=iraq')
    const pages = page.getByRole('navigation', { name: 'Search results pages' })
    await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 1')
    await expect(results(page)).toHaveCount(10)
    await pages.getByRole('link', { name: 'Next page' }).click()
    await expect(page).toHaveURL(/\/search\?q=iraq&page=2$/)
    await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 2')
    await expect(results(page).first()).toBeVisible()
    await expect(page.locator('ol.search-results')).toHaveAttribute('start', '11')
    await pages.getByRole('link', { name: 'Page 1' }).click()
    await expect(page).toHaveURL(/\/search\?q=iraq$/)
  })

  test('should keep result pages out of search engines', async ({ page }) => {
    await page.goto('/search?q=ashraf')
    await expect(page).toHaveTitle('Search results for "ashraf" — Annals')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  })

  // Plain Playwright test: with scripts off, the browser reports Next's blocked scripts as
  // failed requests, which the fixture would count as errors.
  plainTest.describe('without JavaScript', () => {
    plainTest.use({ javaScriptEnabled: false })

    plainTest('should search with the plain form', async ({ page }) => {
      await page.goto('/search')
      await expect(page).toHaveTitle('Search — Annals')
      await page
        .getByRole('search', { name: 'Search again' })
        .getByRole('searchbox')
        .fill('Houla massacre')
      await page
        .getByRole('search', { name: 'Search again' })
        .getByRole('button', { name: 'Search' })
        .click()
      await expect(page).toHaveURL(/\/search\?q=Houla\+massacre$/)
      await expect(results(page).first().getByRole('heading', { level: 2 })).toHaveText(
        'Houla massacre',
      )
    })
  })

  for (const width of [375, 1280]) {
    test(`should fit and pass axe at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/search?q=ashraf')
      await expect(results(page).first()).toBeVisible()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      // Kept in test-results/ for a human look at the layout.
      await page.screenshot({ fullPage: true, path: testInfo.outputPath(`search-${width}.png`) })
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`),
      ).toEqual([])
    })
  }
})
