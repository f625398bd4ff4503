import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './helpers/fixtures'

const PAGES = [
  '/',
  '/articles/2013-camp-ashraf-massacre',
  '/articles/2013-camp-ashraf-massacre/history',
  '/events',
  '/events/2013-camp-ashraf-massacre',
  '/search?q=ashraf',
]

for (const path of PAGES) {
  for (const width of [375, 1280]) {
    test(`should have no WCAG 2.2 AA violations on ${path} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`),
      ).toEqual([])
    })
  }
}

for (const width of [375, 1280]) {
  test(`should have no WCAG 2.2 AA violations on a reference page at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/articles/2013-camp-ashraf-massacre')
    await page.getByRole('link', { name: 'Source details of reference 1' }).click()
    await expect(page).toHaveURL(/\/references\/\d+$/)
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`),
    ).toEqual([])
  })
}

test('should let a keyboard user skip to the content', async ({ page }) => {
  await page.goto('/articles/2013-camp-ashraf-massacre')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#content$/)
})
