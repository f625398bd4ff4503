import { expect, test } from './helpers/fixtures'
import { authHeaders, idBySlug } from './helpers/workflow'

/**
 * Issue 9 through the real server (next start): the proxy's headers and body limits, safe
 * preview redirects, and drafts that stay hidden whatever internal or forged header or cookie
 * a request carries.
 */
const ARTICLE = 'rabaa-massacre'
const MARKER = `SECMARKER${Date.now()}`

test('should send the security headers on reader pages and the admin', async ({ request }) => {
  const reader = await request.get(`/articles/${ARTICLE}`)
  const admin = await request.get('/admin/login')
  expect(reader.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
  expect(admin.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect([reader, admin].map((response) => response.headers()['x-content-type-options'])).toEqual([
    'nosniff',
    'nosniff',
  ])
})

test('should keep preview exits on this site', async ({ request }) => {
  const locations = await Promise.all(
    ['/%5Cevil.example', '/%09/evil.example', '//evil.example', 'https://evil.example'].map(
      async (path) =>
        (await request.get(`/preview/exit?path=${path}`, { maxRedirects: 0 })).headers()[
          'location'
        ],
    ),
  )
  expect(locations.map((location) => new URL(location, 'http://x').host)).toEqual(
    Array(4).fill('x'),
  )
})

test('should answer 413 to an 11 MB body and 415 to text/plain', async ({ request }) => {
  const big = await request.post('/api/events', {
    headers: { 'Content-Type': 'application/json' },
    data: JSON.stringify({ name: 'x'.repeat(11 * 1024 * 1024) }),
  })
  const plain = await request.post('/api/events', {
    headers: { 'Content-Type': 'text/plain' },
    data: 'hello',
  })
  expect([big.status(), plain.status()]).toEqual([413, 415])
})

test('should show no draft to forged middleware, RSC, prefetch or draft-mode requests', async ({
  request,
}) => {
  const editor = await authHeaders(request, 'editor')
  const id = await idBySlug(request, 'articles', ARTICLE, editor)
  const saved = await request.patch(`/api/articles/${id}?draft=true`, {
    headers: editor,
    data: { summary: MARKER, changeSummary: `Security test ${MARKER}` },
  })
  expect(saved.status()).toBe(200)
  const forged = {
    'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
    RSC: '1',
    'Next-Router-Prefetch': '1',
    Cookie: '__prerender_bypass=forged-bypass-cookie',
  }
  const responses = await Promise.all([
    request.get(`/articles/${ARTICLE}`, { headers: forged }),
    request.get(`/articles/${ARTICLE}?_rsc=1`, { headers: forged }),
    request.get(`/api/articles?draft=true&where[slug][equals]=${ARTICLE}`, { headers: forged }),
    request.get(`/api/articles/${id}?draft=true`, { headers: forged }),
  ])
  const bodies = await Promise.all(responses.map((response) => response.text()))
  expect(bodies.filter((body) => body.includes(MARKER))).toEqual([])
  const admin = await request.get('/admin', { headers: forged, maxRedirects: 0 })
  expect(admin.status()).not.toBe(200)
})

// Issue 15, item 8: shapes that only show through `next start`, each a 500 before.
test('should answer TRACE with a 405 naming the allowed methods', async ({ request }) => {
  const response = await request.fetch('/', { method: 'TRACE' })
  expect([response.status(), response.headers()['allow']]).toEqual([
    405,
    expect.stringContaining('GET'),
  ])
})

for (const [path, status] of [
  ['/articles/a%00b', 400],
  ['/articles/%C0%AE', 400],
  ['/articles?page=999999999999', 400],
  ['/sitemap/articles-99999.xml', 404],
  ['/api/media/file/nonexistent.png', 404],
] as const) {
  test(`should answer ${path} with a ${status}, never a 500`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(status)
  })
}

test('should refuse an anonymous upload with a 403', async ({ request }) => {
  const response = await request.post('/api/media', {
    multipart: {
      file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('not an image') },
      _payload: JSON.stringify({ alt: 'An upload' }),
    },
  })
  expect(response.status()).toBe(403)
})
