import { apiLogin } from './helpers/api'
import { expect, test } from './helpers/fixtures'

const CAMP_ASHRAF = '/articles/2013-camp-ashraf-massacre'

test.describe('reference pages', () => {
  test('should list the Camp Ashraf article with the passage it cites', async ({ page }) => {
    await page.goto(CAMP_ASHRAF)
    await page.getByRole('link', { name: 'Source details of reference 1' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/./)
    const citing = page.getByRole('region', { name: 'Pages citing this source' })
    const entry = citing.locator('.what-links-here > li').filter({
      has: page.getByRole('link', { name: '2013 Camp Ashraf massacre', exact: true }),
    })
    await expect(entry.locator('blockquote').first()).toHaveText(/\w+.*[.!?"”]$/)
  })

  test('should show the formatted citation and the link status', async ({ page }) => {
    await page.goto(CAMP_ASHRAF)
    const first = page.locator('ol.references > li').first()
    const citation = (await first.locator('cite').textContent()) ?? ''
    await first.locator('a.source-page').click()
    await expect(page.locator('.formatted-reference cite')).toHaveText(citation)
    await expect(
      page.getByRole('region', { name: 'Link status' }).getByRole('rowheader').first(),
    ).toHaveText('Retrieved')
  })

  test('should download a reference as BibTeX and as CSL-JSON', async ({ page, request }) => {
    await page.goto(CAMP_ASHRAF)
    const href = await page.locator('ol.references > li a.source-page').first().getAttribute('href')
    const bibtex = await request.get(`${href}/bibtex`)
    expect(bibtex.headers()['content-type']).toContain('application/x-bibtex')
    expect(await bibtex.text()).toContain('author = {Williams, Carol J.}')
    const csl = await request.get(`${href}/csl-json`)
    expect(await csl.json()).toMatchObject([
      { type: 'article-newspaper', 'container-title': 'Los Angeles Times' },
    ])
  })

  test('should answer 404 for a reference that does not exist', async ({ request }) => {
    expect((await request.get('/references/999999')).status()).toBe(404)
    expect((await request.get('/references/999999/bibtex')).status()).toBe(404)
  })
})

test.describe('event downloads', () => {
  test('should download the events as CSV and JSON', async ({ request }) => {
    const csv = await request.get('/events.csv')
    expect(csv.headers()['content-type']).toContain('text/csv')
    expect(await csv.text()).toContain('2013 Camp Ashraf massacre')
    const json = await request.get('/events.json')
    const body = (await json.json()) as { totalEvents: number; events: unknown[] }
    expect(body.events).toHaveLength(body.totalEvents)
  })
})

test.describe('figures over time', () => {
  const slug = 'e2e-figures-over-time'
  let eventId: number | undefined

  test.afterAll(async ({ request }) => {
    if (eventId) {
      await request.delete(`/api/events/${eventId}`, { headers: await apiLogin(request, 'admin') })
    }
  })

  test('should chart and tabulate how each source’s figure changed', async ({ page, request }) => {
    const headers = await apiLogin(request, 'admin')
    // Approval refuses a figure without a source: cite a published one.
    const references = await request.get('/api/references?limit=1&depth=0&select[title]=true')
    const [reference] = ((await references.json()) as { docs: { id: number }[] }).docs
    const figure = (claimedBy: string, value: number, asOf: string) => ({
      kind: 'deaths',
      claimedBy,
      value,
      asOf: `${asOf}T12:00:00.000Z`,
      reference: reference.id,
      note: 'Counted again as the search went on.',
    })
    const response = await request.post('/api/events', {
      headers,
      data: {
        name: 'Figures over time test',
        slug,
        type: 'attack',
        startDate: '2013-09-01T12:00:00.000Z',
        datePrecision: 'day',
        location: { place: 'Test place', country: 'Iraq' },
        figures: [
          figure('United Nations', 47, '2013-09-01'),
          figure('United Nations', 52, '2013-09-03'),
          figure('Iraqi authorities', 3, '2013-09-02'),
        ],
        _status: 'published',
        changeSummary: 'Figures over time test',
      },
    })
    expect(response.ok()).toBe(true)
    eventId = ((await response.json()) as { doc: { id: number } }).doc.id

    await page.goto(`/events/${slug}`)
    const section = page.getByRole('region', { name: 'Figures over time' })
    await expect(section.getByRole('img', { name: /Deaths over time, by source/ })).toBeVisible()
    await expect(section.getByRole('row')).toHaveCount(4)
    await expect(section.getByRole('row').nth(2)).toContainText('52')
  })
})
