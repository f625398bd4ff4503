import { expect, test } from './helpers/fixtures'

// The demo content has about twenty articles: more than any list of the home page shows.
test.describe('bounded pages', () => {
  test('should keep the home page small with bounded lists', async ({ page, request }) => {
    const response = await request.get('/')
    expect((await response.body()).byteLength).toBeLessThan(300 * 1024)
    await page.goto('/')
    await expect(page.locator('section[aria-labelledby="recently-updated"] li')).toHaveCount(8)
    await expect(page.locator('section[aria-labelledby="recent-articles"] li')).toHaveCount(8)
    await expect(page.getByRole('link', { name: /^All \d+ articles, A to Z$/ })).toHaveAttribute(
      'href',
      '/articles',
    )
  })

  test('should list every article, A to Z, in /articles', async ({ page }) => {
    await page.goto('/articles')
    const titles = await page.locator('.article-list li > a').allTextContents()
    expect(titles.length).toBeGreaterThan(8)
    expect(titles).toContain('2013 Camp Ashraf massacre')
  })

  test('should answer the sitemap with an index of child sitemaps', async ({ request }) => {
    const index = await (await request.get('/sitemap.xml')).text()
    expect(index).toContain('<sitemapindex')
    const locations = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(locations.map((location) => new URL(location).pathname)).toEqual(
      expect.arrayContaining([
        '/sitemap/pages.xml',
        '/sitemap/articles-0.xml',
        '/sitemap/events-0.xml',
      ]),
    )
    const articles = await (await request.get('/sitemap/articles-0.xml')).text()
    expect(articles).toContain('/articles/2013-camp-ashraf-massacre</loc>')
    expect(articles.match(/<url>/g)!.length).toBeLessThanOrEqual(50_000)
  })

  test('should answer 404 for a sitemap it does not make', async ({ request }) => {
    expect((await request.get('/sitemap/users-0.xml')).status()).toBe(404)
  })

  test('should show at most 50 entries in the feed', async ({ request }) => {
    const feed = await (await request.get('/feed.xml')).text()
    const entries = feed.match(/<entry>/g)?.length ?? 0
    expect(entries).toBeGreaterThan(10)
    expect(entries).toBeLessThanOrEqual(50)
  })

  test('should filter /events through its query string and serve it unfiltered from the cache', async ({
    page,
    request,
  }) => {
    await request.get('/events')
    const cached = await request.get('/events')
    expect(cached.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
    await page.goto('/events?type=massacre&place=Syria')
    await expect(page.locator('.timeline-event')).toHaveCount(1)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/events$/)
  })
})
