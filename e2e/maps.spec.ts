import AxeBuilder from '@axe-core/playwright'
import { test as plainTest } from '@playwright/test'

import { expect, login, test } from './helpers/fixtures'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const MAP_PAGES = ['/events/map', '/places/iraq', '/places/iraq/diyala-governorate']

for (const path of MAP_PAGES) {
  for (const width of [375, 1280]) {
    test(`should have no WCAG 2.2 AA violations on ${path} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
      expect(
        violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`),
      ).toEqual([])
    })
  }
}

test('should show the location map, its place and source in the infobox of an article', async ({
  page,
}) => {
  await page.goto('/articles/2013-camp-ashraf-massacre')
  const map = page.locator('.infobox').getByRole('img', { name: /Location map: Camp Ashraf/ })
  await expect(map).toBeVisible()
  const caption = page.locator('.infobox figcaption')
  await expect(caption).toContainText('33.63° N, 44.55° E')
  await expect(caption.getByRole('link', { name: 'GeoNames geographical database' })).toBeVisible()
  await expect(caption).toContainText('Borders are drawn as Natural Earth draws them')
  await page.locator('.infobox').getByRole('link', { name: 'Iraq' }).first().click()
  await expect(page).toHaveURL(/\/places\/iraq$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iraq')
})

test('should mark an event without coordinates as approximate, with no pin', async ({ page }) => {
  await page.goto('/events/1988-executions-of-iranian-political-prisoners')
  await expect(page.getByRole('img', { name: 'Location map: Iran (approximate)' })).toBeVisible()
  await expect(page.locator('.location-map .map-pin')).toHaveCount(0)
})

test('should list a cluster of the place page under the events of its country', async ({
  page,
}) => {
  await page.goto('/places/iraq')
  await expect(page.getByRole('heading', { name: 'Events over time' })).toBeVisible()
  await page
    .locator('#place-map')
    .getByRole('link', { name: /events in Iraq/ })
    .first()
    .click()
  await expect(page).toHaveURL(/\/events\?place=Iraq$/)
})

test('should link each bar of the chart on /events to its year', async ({ page }) => {
  await page.goto('/events')
  await page
    .locator('.year-chart')
    .getByRole('link', { name: /^2013: \d+ events?$/ })
    .click()
  await expect(page).toHaveURL(/\/events\?year=2013$/)
  await expect(page.getByRole('heading', { level: 2, name: '2013' })).toBeVisible()
})

// Plain Playwright test: with scripts off, the browser reports Next's blocked scripts as
// failed requests, which the fixture would count as errors.
plainTest.describe('without JavaScript', () => {
  plainTest.use({ javaScriptEnabled: false })

  plainTest('should draw, filter, zoom and link the events map', async ({ page }) => {
    await page.goto('/events/map')
    await expect(page.locator('#events-map svg path').first()).toBeAttached()
    await page.getByLabel('Type').selectOption('massacre')
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect(page).toHaveURL(/\/events\/map\?year=&type=massacre&place=$/)
    const marks = page.locator('#events-map a.map-cluster')
    await expect(marks.first()).toBeAttached()
    await page.getByRole('link', { name: 'Zoom in', exact: true }).click()
    await expect(page).toHaveURL(/z=1/)
    await expect(page).toHaveURL(/type=massacre/)
    await page
      .getByRole('link', { name: /^1 event: 2013 Camp Ashraf massacre$|events in Iraq/ })
      .first()
      .click()
    await expect(page).toHaveURL(
      /\/events(\/2013-camp-ashraf-massacre|\?type=massacre&place=Iraq)$/,
    )
  })
})

test('should let an editor place the pin by clicking on the drawn country', async ({ page }) => {
  await login({ page, role: 'editor' })
  await page.goto('/admin/collections/events/create')
  await page.locator('#field-location__country').fill('Iraq')
  const map = page.getByRole('img', { name: 'Map of Iraq: click to place the pin' })
  await expect(map).toBeVisible()
  const box = (await map.boundingBox())!
  await map.click({ position: { x: box.width / 2, y: box.height / 2 } })
  await expect(page.locator('#field-location__latitude')).not.toHaveValue('')
  const latitude = Number(await page.locator('#field-location__latitude').inputValue())
  const longitude = Number(await page.locator('#field-location__longitude').inputValue())
  // The middle of the drawn frame is the middle of Iraq's bounding box, well inside it.
  expect(latitude).toBeGreaterThan(29)
  expect(latitude).toBeLessThan(37.5)
  expect(longitude).toBeGreaterThan(38.8)
  expect(longitude).toBeLessThan(48.6)
})
