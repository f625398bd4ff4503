import { apiLogin, articleId } from './helpers/api'
import { expect, test } from './helpers/fixtures'

test('should describe an article for search engines and social previews', async ({ page }) => {
  await page.goto('/articles/2013-camp-ashraf-massacre')
  await expect(page).toHaveTitle('2013 Camp Ashraf massacre — Annals')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/articles\/2013-camp-ashraf-massacre$/,
  )
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/)
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  )
  expect(jsonLd).toMatchObject({
    '@type': 'Article',
    headline: '2013 Camp Ashraf massacre',
    about: { '@type': 'Event', startDate: '2013-09-01' },
    datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    author: { '@type': 'Organization', name: 'Annals' },
  })
  expect(jsonLd.citation).toHaveLength(9)
  expect(jsonLd.citation[0]).toMatchObject({
    '@type': 'NewsArticle',
    isPartOf: { name: 'Los Angeles Times' },
  })
})

test('should list every published article and event in the sitemap', async ({ request }) => {
  const response = await request.get('/sitemap.xml')
  expect(response.ok()).toBe(true)
  // An index of child sitemaps (e2e/bounded.spec.ts): their URLs together.
  const files = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)]
  const xml = (
    await Promise.all(
      files.map(async ([, url]) => (await request.get(new URL(url).pathname)).text()),
    )
  ).join('\n')
  expect(xml).toContain('/articles/2013-camp-ashraf-massacre</loc>')
  expect(xml).toContain('/events/2011-raid-on-camp-ashraf</loc>')
  expect(xml.match(/<url>/g)?.length).toBeGreaterThan(30)
})

test('should point robots at the sitemap and away from the admin', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toContain('Disallow: /admin')
  expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/)
})

test('should offer an Atom feed of recent changes', async ({ request, page }) => {
  const response = await request.get('/feed.xml')
  expect(response.headers()['content-type']).toContain('application/atom+xml')
  const xml = await response.text()
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
  expect(xml).toContain('<title>2013 Camp Ashraf massacre</title>')
  await page.goto('/')
  await expect(page.locator('link[type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/feed\.xml$/,
  )
})

test('should let CDNs cache article pages', async ({ request }) => {
  const response = await request.get('/articles/2013-camp-ashraf-massacre')
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/)
})

test('should redirect the old address of a renamed article permanently', async ({ request }) => {
  const headers = await apiLogin(request, 'admin')
  const id = await articleId(request, 'abdolreza-rajabi')
  const rename = (slug: string) =>
    request.patch(`/api/articles/${id}`, {
      headers,
      data: { slug, _status: 'published', changeSummary: `Renamed to ${slug}` },
    })
  expect((await rename('abdolreza-rajabi-prisoner')).ok()).toBe(true)
  try {
    // Every instance revalidates from the change log once the publish has committed.
    await expect
      .poll(async () =>
        (await request.get('/articles/abdolreza-rajabi', { maxRedirects: 0 })).status(),
      )
      .toBe(308)
    const followed = await request.get('/articles/abdolreza-rajabi')
    expect(new URL(followed.url()).pathname).toBe('/articles/abdolreza-rajabi-prisoner')
  } finally {
    expect((await rename('abdolreza-rajabi')).ok()).toBe(true)
  }
})

test('should redirect the old address of a renamed event permanently', async ({ request }) => {
  const headers = await apiLogin(request, 'admin')
  const found = await request.get(
    '/api/events?where[slug][equals]=2013-camp-ashraf-massacre&depth=0&select[name]=true',
  )
  const { docs } = (await found.json()) as { docs: { id: number }[] }
  const rename = (slug: string) =>
    request.patch(`/api/events/${docs[0].id}`, {
      headers,
      data: { slug, _status: 'published', changeSummary: `Renamed to ${slug}` },
    })
  expect((await rename('camp-ashraf-massacre-2013')).ok()).toBe(true)
  try {
    await expect
      .poll(async () =>
        (await request.get('/events/2013-camp-ashraf-massacre', { maxRedirects: 0 })).status(),
      )
      .toBe(308)
    const followed = await request.get('/events/2013-camp-ashraf-massacre')
    expect(new URL(followed.url()).pathname).toBe('/events/camp-ashraf-massacre-2013')
  } finally {
    expect((await rename('2013-camp-ashraf-massacre')).ok()).toBe(true)
  }
})
