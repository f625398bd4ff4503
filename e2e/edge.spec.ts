import { request as playwrightRequest, type APIRequestContext } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { DEMO_USERS } from '../scripts/seed'
import { startNextServer } from '../scripts/lib/nextServer'
import { findVarnishd, VARNISH_MISSING } from '../scripts/lib/varnish'

import { expect, test } from './helpers/fixtures'
import { apiLogin, articleId } from './helpers/api'

/**
 * The edge tier as scripts/e2eServer.ts starts it: Varnish in front of two `next start`
 * instances of one build on one database. The default `request` fixture talks to the first
 * instance (A) directly.
 */
const port = Number(process.env.E2E_PORT || 3100)
const SECOND = `http://localhost:${process.env.E2E_SECOND_PORT || port + 1}`
const EDGE = `http://localhost:${process.env.E2E_EDGE_PORT || port + 2}`

let edge: APIRequestContext
let second: APIRequestContext

test.beforeAll(async () => {
  expect(findVarnishd(), VARNISH_MISSING).not.toBeNull()
  edge = await playwrightRequest.newContext({ baseURL: EDGE })
  second = await playwrightRequest.newContext({ baseURL: SECOND })
  // Varnish admits an instance once its health probe has passed twice.
  await expect
    .poll(async () => (await edge.get('/robots.txt')).status(), { timeout: 15_000 })
    .toBe(200)
  // A first render loads the page's code: done here, so the timings below measure a publish.
  const first = await playwrightRequest.newContext({ baseURL: `http://localhost:${port}` })
  await Promise.all([first, second].map((context) => context.get('/articles/not-published-yet')))
  await first.dispose()
})

test.afterAll(async () => {
  await edge.dispose()
  await second.dispose()
})

/** Publishes new short descriptions of an article as the admin; `before` is its current one. */
async function shortDescriptionEditor(request: APIRequestContext, slug: string) {
  const id = await articleId(request, slug)
  const headers = await apiLogin(request, 'admin')
  const publish = (shortDescription: string) =>
    request.patch(`/api/articles/${id}`, {
      headers,
      data: { shortDescription, _status: 'published', changeSummary: shortDescription },
    })
  const before = (await request.get(`/api/articles/${id}?depth=0`).then((r) => r.json())) as {
    shortDescription: string
  }
  return { publish, before }
}

const signIn = async (context: APIRequestContext, role: string) => {
  const { email, password } = DEMO_USERS.find((user) => user.roles[0] === role)!
  expect((await context.post('/api/users/login', { data: { email, password } })).ok()).toBe(true)
}

test('should serve a change published through one instance from the other and the edge within 2 seconds', async ({
  request,
}) => {
  const path = '/articles/kidnapping-of-jalal-sharafi'
  const id = await articleId(request, 'kidnapping-of-jalal-sharafi')
  const headers = await apiLogin(request, 'admin')
  const publish = (shortDescription: string) =>
    request.patch(`/api/articles/${id}`, {
      headers,
      data: { shortDescription, _status: 'published', changeSummary: shortDescription },
    })
  // Both doors hold the page before the change.
  await second.get(path)
  await edge.get(path)
  expect((await edge.get(path)).headers()['x-edge-cache']).toBe('HIT')

  const marker = `Abduction (edge check ${Date.now()})`
  expect((await publish(marker)).ok()).toBe(true)
  const published = Date.now()
  const seenAfter: Record<string, number> = {}
  for (const [door, context] of [
    ['edge', edge],
    ['second instance', second],
  ] as const) {
    await expect
      .poll(async () => (await context.get(path)).text(), { timeout: 2_000, intervals: [100] })
      .toContain(marker)
    seenAfter[door] = Date.now() - published
  }
  test
    .info()
    .annotations.push({ type: 'visible after (ms)', description: JSON.stringify(seenAfter) })

  expect((await publish('2007 abduction of an Iranian diplomat in Baghdad')).ok()).toBe(true)
})

test('should never keep a preview at the edge', async ({ request }) => {
  const id = await articleId(request, 'camp-liberty')
  const marker = `Edge draft ${Date.now()}`
  const saved = await request.patch(`/api/articles/${id}?draft=true`, {
    headers: await apiLogin(request, 'editor'),
    data: { shortDescription: marker, changeSummary: 'Edge preview check' },
  })
  expect(saved.ok()).toBe(true)
  // As a browser sends it: a session cookie without it counts for nothing (Payload's CSRF check).
  const staff = await playwrightRequest.newContext({
    baseURL: EDGE,
    extraHTTPHeaders: { 'Sec-Fetch-Site': 'same-origin' },
  })
  await signIn(staff, 'editor')

  const preview = await staff.get('/preview?path=/articles/camp-liberty')
  const reader = await edge.get('/articles/camp-liberty')

  expect(await preview.text()).toContain(marker)
  expect(preview.headers()['cache-control']).toContain('private')
  expect(await reader.text()).not.toContain(marker)
  await staff.dispose()
})

test('should never serve a signed-in response to anonymous readers', async () => {
  const path = '/events/2010-baghdad-church-massacre'
  // As a browser sends it: a session cookie without it counts for nothing (Payload's CSRF check).
  const staff = await playwrightRequest.newContext({
    baseURL: EDGE,
    extraHTTPHeaders: { 'Sec-Fetch-Site': 'same-origin' },
  })
  await signIn(staff, 'editor')

  const signedIn = [await staff.get(path), await staff.get(path)]
  const anonymous = [await edge.get(path), await edge.get(path)]

  expect(signedIn.map((response) => response.headers()['x-edge-cache'])).toEqual(['MISS', 'MISS'])
  expect(signedIn[1].headers()['cache-control']).toContain('private')
  expect(anonymous.map((response) => response.headers()['x-edge-cache'])).toEqual(['MISS', 'HIT'])
  await staff.dispose()
})

test('should never keep the admin at the edge', async () => {
  // As a browser sends it: a session cookie without it counts for nothing (Payload's CSRF check).
  const staff = await playwrightRequest.newContext({
    baseURL: EDGE,
    extraHTTPHeaders: { 'Sec-Fetch-Site': 'same-origin' },
  })
  await signIn(staff, 'editor')

  const responses = [await staff.get('/admin'), await staff.get('/admin')]

  expect(responses.map((response) => response.headers()['x-edge-cache'])).toEqual(['MISS', 'MISS'])
  await staff.dispose()
})

test('should send reader pages without Critical-CH and with a short shared-cache lifetime', async () => {
  const responses = await Promise.all(
    ['/', '/articles/2013-camp-ashraf-massacre', '/events'].map((path) => edge.get(path)),
  )

  for (const response of responses) {
    expect(response.headers()['critical-ch']).toBeUndefined()
    expect(response.headers()['accept-ch']).toBeUndefined()
    expect(response.headers()['cache-control']).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    )
  }
})

test('should still ask for the colour-scheme hint on the admin', async () => {
  const response = await edge.get('/admin/login')

  expect(response.headers()['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
})

test('should refuse the instances internal revalidation route at the edge', async () => {
  const response = await edge.post('/internal/revalidate', { data: { tags: ['articles'] } })

  expect(response.status()).toBe(404)
})

test("should drop a published article's card on the home page, the A–Z list, its child sitemap and search results at the edge within 2 seconds", async ({
  request,
}) => {
  const id = await articleId(request, 'houla-massacre')
  const headers = await apiLogin(request, 'admin')
  const publish = (title: string) =>
    request.patch(`/api/articles/${id}`, {
      headers,
      data: { title, _status: 'published', changeSummary: `Retitled as ${title}` },
    })
  const lists = ['/', '/articles', '/sitemap/articles-0.xml', '/search?q=houla']
  const unrelated = '/articles/tariq-aziz'
  for (const page of [...lists, unrelated]) {
    await edge.get(page)
    expect((await edge.get(page)).headers()['x-edge-cache'], page).toBe('HIT')
  }

  const title = `Houla massacre (edge lists ${Date.now()})`
  const published = await publish(title)
  expect(published.ok()).toBe(true)
  const { doc } = (await published.json()) as { doc: { updatedAt: string } }
  const start = Date.now()
  const seenAfter: Record<string, number> = {}
  const expected: Record<string, string> = {
    '/': title,
    '/articles': title,
    '/sitemap/articles-0.xml': `<lastmod>${doc.updatedAt}</lastmod>`,
    '/search?q=houla': title,
  }
  await Promise.all(
    lists.map(async (page) => {
      await expect
        .poll(async () => (await edge.get(page)).text(), { timeout: 2_000, intervals: [100] })
        .toContain(expected[page])
      seenAfter[page] = Date.now() - start
    }),
  )
  test.info().annotations.push({
    type: 'visible at the edge after (ms)',
    description: JSON.stringify(seenAfter),
  })
  // Only what shows the article was dropped.
  expect((await edge.get(unrelated)).headers()['x-edge-cache']).toBe('HIT')

  expect((await publish('Houla massacre')).ok()).toBe(true)
})

/** A document the admin publishes for a test, unpublishes and deletes afterwards. */
async function publishedAsAdmin(
  request: APIRequestContext,
  collection: 'events' | 'references',
  data: Record<string, unknown>,
) {
  const headers = await apiLogin(request, 'admin')
  const created = await request.post(`/api/${collection}`, {
    headers,
    data: { ...data, _status: 'published', changeSummary: 'Edge download check' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = (await created.json()) as { doc: { id: number } }
  return {
    id: doc.id,
    unpublish: () =>
      request.patch(`/api/${collection}/${doc.id}`, {
        headers,
        data: { _status: 'draft', changeSummary: 'Taken back' },
      }),
    remove: () => request.delete(`/api/${collection}/${doc.id}`, { headers }),
  }
}

test('should drop an unpublished event from /events.csv and /events.json at the edge within 2 seconds', async ({
  request,
}) => {
  const name = `Edge export check ${Date.now()}`
  const event = await publishedAsAdmin(request, 'events', {
    name,
    slug: `edge-export-check-${Date.now()}`,
    type: 'attack',
    startDate: '2013-09-01T12:00:00.000Z',
    datePrecision: 'day',
  })
  try {
    for (const download of ['/events.csv', '/events.json']) {
      expect(await (await edge.get(download)).text(), download).toContain(name)
      expect((await edge.get(download)).headers()['x-edge-cache'], download).toBe('HIT')
    }

    expect((await event.unpublish()).ok()).toBe(true)

    await Promise.all(
      ['/events.csv', '/events.json'].map((download) =>
        expect
          .poll(async () => (await edge.get(download)).text(), {
            message: download,
            timeout: 2_000,
            intervals: [100],
          })
          .not.toContain(name),
      ),
    )
  } finally {
    await event.remove()
  }
})

test("should answer 404 for an unpublished reference's downloads at the edge within 2 seconds", async ({
  request,
}) => {
  const reference = await publishedAsAdmin(request, 'references', {
    title: `Edge download check ${Date.now()}`,
    citationType: 'news',
  })
  const downloads = ['bibtex', 'csl-json'].map((format) => `/references/${reference.id}/${format}`)
  try {
    for (const download of downloads) {
      expect((await edge.get(download)).status(), download).toBe(200)
      expect((await edge.get(download)).headers()['x-edge-cache'], download).toBe('HIT')
    }

    expect((await reference.unpublish()).ok()).toBe(true)

    await Promise.all(
      downloads.map((download) =>
        expect
          .poll(async () => (await edge.get(download)).status(), {
            message: download,
            timeout: 2_000,
            intervals: [100],
          })
          .toBe(404),
      ),
    )
  } finally {
    await reference.remove()
  }
})

test('should refuse to revalidate an instance for a reader without its token', async ({
  request,
}) => {
  await request.get('/articles/tariq-aziz')

  const asked = await request.post('/internal/revalidate', {
    data: { tags: ['site'] },
    headers: { 'x-annals-revalidate': 'guess' },
  })

  expect(asked.status()).toBe(403)
  expect((await request.get('/articles/tariq-aziz')).headers()['x-nextjs-cache']).toBe('HIT')
})

/**
 * A third instance of the same build, stopped and started by the tests: what a restart does
 * to its page cache. On the port after the edge's, with the e2e server's database.
 */
test.describe('an instance restarting', () => {
  const thirdPort = String(port + 3)
  const distDir = process.env.E2E_DIST_DIR || '.next-e2e'
  const stateFile = path.resolve(distDir, 'cache', `annals-revalidation-${thirdPort}.json`)
  let third: ReturnType<typeof startNextServer> | undefined
  let reader: APIRequestContext

  const start = async () => {
    const saved = { ...process.env }
    Object.assign(process.env, {
      DATABASE_URL:
        process.env.DATABASE_URL ||
        `postgres://postgres:annals@127.0.0.1:${process.env.E2E_POSTGRES_PORT || 54349}/annals_e2e`,
      PAYLOAD_SECRET:
        process.env.PAYLOAD_SECRET || 'annals-end-to-end-tests-not-a-production-secret',
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      JOBS_AUTORUN: '0',
      CDN_SERVERS: EDGE.replace('localhost', '127.0.0.1'),
    })
    third = startNextServer({ port: thirdPort })
    process.env = saved
    await expect
      .poll(async () => (await reader.get('/robots.txt').catch(() => null))?.status(), {
        timeout: 30_000,
      })
      .toBe(200)
  }
  const stop = async () => {
    await third?.stop()
    third = undefined
  }
  const seqApplied = () =>
    existsSync(stateFile)
      ? ((JSON.parse(readFileSync(stateFile, 'utf8')) as { seq: null | number }).seq ?? -1)
      : -1
  /** Requests a page of the third instance until its own cache holds it. */
  const warm = async (page: string) => {
    await expect
      .poll(async () => (await reader.get(page)).headers()['x-nextjs-cache'], { timeout: 10_000 })
      .toBe('HIT')
  }

  test.beforeAll(async () => {
    reader = await playwrightRequest.newContext({ baseURL: `http://localhost:${thirdPort}` })
    await start()
    // Its first start takes the state the other instances of this build left beside the disk.
    await expect.poll(seqApplied, { timeout: 15_000 }).toBeGreaterThanOrEqual(0)
  })

  test.afterAll(async () => {
    await stop()
    await reader.dispose()
  })

  test('should keep serving its cached pages after a restart that missed nothing', async () => {
    await warm('/articles/2013-camp-ashraf-massacre')
    const applied = seqApplied()

    await stop()
    await start()
    // Time for a replay (or a site-wide revalidation) to have happened, were there one.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const after = await reader.get('/articles/2013-camp-ashraf-massacre')

    expect(after.headers()['x-nextjs-cache']).toBe('HIT')
    expect(seqApplied()).toBe(applied)
  })

  test('should not serve a page cached before a change it applied after it restarts', async ({
    request,
  }) => {
    const page = '/articles/kidnapping-of-jalal-sharafi'
    const { publish, before } = await shortDescriptionEditor(request, 'kidnapping-of-jalal-sharafi')
    await warm(page)
    const applied = seqApplied()
    const marker = `Abduction (restart check ${Date.now()})`
    expect((await publish(marker)).ok()).toBe(true)
    // It heard the change (and nobody asked for the page since, so the disk holds the old one).
    await expect.poll(seqApplied, { timeout: 5_000 }).toBeGreaterThan(applied)

    await stop()
    await start()

    expect(await (await reader.get(page)).text()).toContain(marker)
    expect((await publish(before.shortDescription)).ok()).toBe(true)
  })

  test('should serve a change published while it was down once it starts again', async ({
    request,
  }) => {
    const page = '/articles/tariq-aziz'
    const { publish, before } = await shortDescriptionEditor(request, 'tariq-aziz')
    await warm(page)

    await stop()
    const marker = `Iraqi politician (replay check ${Date.now()})`
    expect((await publish(marker)).ok()).toBe(true)
    await start()

    await expect
      .poll(async () => (await reader.get(page)).text(), { timeout: 5_000, intervals: [100] })
      .toContain(marker)
    expect((await publish(before.shortDescription)).ok()).toBe(true)
  })
})
