import { expect, test } from './helpers/fixtures'

test.describe('events', () => {
  test('should list events chronologically, grouped by year', async ({ page }) => {
    await page.goto('/events')
    const years = await page.locator('.timeline-year > h2').allTextContents()
    expect(years.length).toBeGreaterThan(5)
    expect(years).toEqual([...years].sort())
    await expect(page.locator('#year-2013 ~ ol')).toContainText('2013 Camp Ashraf massacre')
  })

  test('should filter by year, type and place', async ({ page }) => {
    await page.goto('/events')
    await page.getByLabel('Type').selectOption('massacre')
    await page.getByLabel('Place').fill('Syria')
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect(page).toHaveURL(/type=massacre/)
    await expect(page.locator('.timeline-event')).toHaveCount(1)
    await expect(page.locator('.timeline-event')).toContainText('Houla massacre')
    await page.goto('/events?year=2013')
    await expect(page.locator('.timeline-event a.timeline-name')).toHaveText([
      'Rabaa massacre',
      '2013 Camp Ashraf massacre',
    ])
  })

  test('should say so when no event matches', async ({ page }) => {
    await page.goto('/events?place=Atlantis')
    await expect(page.getByRole('status')).toHaveText(/No events match these filters/)
  })

  test('should show an event with its figures by source, reactions and articles', async ({
    page,
  }) => {
    await page.goto('/events/2013-camp-ashraf-massacre')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2013 Camp Ashraf massacre')
    const figures = page.getByRole('region', { name: 'Figures by source' })
    await expect(figures.getByRole('row', { name: /Deaths/ }).first()).toContainText('52')
    await expect(page.locator('section[aria-labelledby="reactions"] tbody tr')).toHaveCount(6)
    await expect(
      page.getByRole('link', { name: '2013 Camp Ashraf massacre' }).last(),
    ).toHaveAttribute('href', '/articles/2013-camp-ashraf-massacre')
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    )
    expect(jsonLd).toMatchObject({
      '@type': 'Event',
      name: '2013 Camp Ashraf massacre',
      startDate: '2013-09-01',
      description: expect.stringContaining('Camp Ashraf'),
      location: { '@type': 'Place', name: expect.stringContaining('Camp Ashraf') },
    })
  })
})

test('should show both attributed death tolls in the 2011 raid infobox', async ({ page }) => {
  await page.goto('/articles/2011-raid-on-camp-ashraf')
  // Each claim is followed by its citation; the claims themselves read in order, lowest first.
  const claims = (kind: string) => page.locator(`.infobox tr.figure-${kind} .figure-claim`)
  await expect(claims('deaths')).toHaveText([/^3 \(Iraqi authorities\)/, /^34 \(United Nations\)/])
  await expect(page.locator('.infobox tr.figure-deaths td')).toContainText(' – ')
  await expect(claims('injured')).toHaveText([/^318 \(United Nations\)/])
  await expect(page.locator('.infobox tr.figure-deaths td sup.citation')).toHaveCount(2)
})
