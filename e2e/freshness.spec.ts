import { expect, test } from './helpers/fixtures'
import { apiLogin, articleId } from './helpers/api'

// The history lists the change summary, which names the new title.
const PAGES_SHOWING_TITLE = [
  '/articles/houla-massacre',
  '/articles/houla-massacre/history',
  '/',
  '/events/houla-massacre',
  '/feed.xml',
]

test('should show a published change on every page it touches within 2 seconds', async ({
  request,
}) => {
  const headers = await apiLogin(request, 'admin')
  const id = await articleId(request, 'houla-massacre')
  const stamp = Date.now()
  const title = `Houla massacre (checked ${stamp})`
  // Search results are cached until a change: this query's empty answer is cached now.
  const search = `/search?q=${stamp}`
  expect(await (await request.get(search)).text()).not.toContain(title)
  const publish = (newTitle: string) =>
    request.patch(`/api/articles/${id}`, {
      headers,
      data: { title: newTitle, _status: 'published', changeSummary: `Retitled as ${newTitle}` },
    })

  expect((await publish(title)).ok()).toBe(true)
  const published = Date.now()
  const seenAfter: Record<string, number> = {}
  await Promise.all(
    [...PAGES_SHOWING_TITLE, search].map(async (path) => {
      await expect
        .poll(async () => (await request.get(path)).text(), { timeout: 2_000, intervals: [100] })
        .toContain(title)
      seenAfter[path] = Date.now() - published
    }),
  )
  test
    .info()
    .annotations.push({ type: 'visible after (ms)', description: JSON.stringify(seenAfter) })

  expect((await publish('Houla massacre')).ok()).toBe(true)
})

test('should keep serving unrelated pages from the cache after a publish', async ({ request }) => {
  const headers = await apiLogin(request, 'admin')
  const id = await articleId(request, 'houla-massacre')
  await request.get('/articles/tariq-aziz')
  const response = await request.patch(`/api/articles/${id}`, {
    headers,
    data: {
      shortDescription: `Massacre in Syria (${Date.now()})`,
      _status: 'published',
      changeSummary: `Cache check ${Date.now()}`,
    },
  })
  expect(response.ok()).toBe(true)
  const unrelated = await request.get('/articles/tariq-aziz')
  expect(unrelated.headers()['x-nextjs-cache']).toBe('HIT')
})

test('should re-render the articles citing a reference when it is corrected', async ({
  request,
}) => {
  const headers = await apiLogin(request, 'admin')
  const found = await request.get(
    '/api/references?where[title][equals]=Situation at Camp Ashraf in Iraq&depth=0&select[title]=true',
  )
  const { id } = ((await found.json()) as { docs: { id: number }[] }).docs[0]
  const correct = (title: string) =>
    request.patch(`/api/references/${id}`, {
      headers,
      data: { title, _status: 'published', changeSummary: `Title set to ${title}` },
    })
  const corrected = `Situation at Camp Ashraf in Iraq (${Date.now()})`

  expect((await correct(corrected)).ok()).toBe(true)
  for (const path of ['/articles/2013-camp-ashraf-massacre', '/events/2013-camp-ashraf-massacre']) {
    await expect
      .poll(async () => (await request.get(path)).text(), { timeout: 2_000, intervals: [100] })
      .toContain(corrected)
  }

  expect((await correct('Situation at Camp Ashraf in Iraq')).ok()).toBe(true)
})

test('should refresh the related-article cards when a related article is republished', async ({
  request,
}) => {
  const path = '/articles/2013-camp-ashraf-massacre'
  const html = await (await request.get(path)).text()
  const relatedSlug =
    /<[ou]l class="cards related[^"]*"><li><a [^>]*href="\/articles\/([^"]+)"/.exec(html)![1]
  const id = await articleId(request, relatedSlug)
  const headers = await apiLogin(request, 'admin')
  const original = (
    (await (await request.get(`/api/articles/${id}?depth=0`)).json()) as {
      shortDescription: string
    }
  ).shortDescription
  const republish = (shortDescription: string) =>
    request.patch(`/api/articles/${id}`, {
      headers,
      data: { shortDescription, _status: 'published', changeSummary: shortDescription },
    })
  const marker = `Related card check ${Date.now()}`

  expect((await republish(marker)).ok()).toBe(true)
  await expect
    .poll(async () => (await request.get(path)).text(), { timeout: 2_000, intervals: [100] })
    .toContain(marker)

  expect((await republish(original)).ok()).toBe(true)
})

test('should complete an article page by itself when its event is published after it', async ({
  request,
}) => {
  const headers = await apiLogin(request, 'admin')
  const stamp = Date.now()
  const eventName = `Later event ${stamp}`
  const event = await request.post('/api/events?draft=true', {
    headers,
    data: {
      name: eventName,
      slug: `later-event-${stamp}`,
      type: 'attack',
      startDate: '2013-09-01T12:00:00.000Z',
      datePrecision: 'day',
      _status: 'draft',
      changeSummary: 'Drafted before its article',
    },
  })
  expect(event.ok(), await event.text()).toBe(true)
  const eventId = ((await event.json()) as { doc: { id: number } }).doc.id
  const slug = `article-before-its-event-${stamp}`
  const article = await request.post('/api/articles', {
    headers,
    data: {
      title: `Article before its event ${stamp}`,
      slug,
      summary: 'Published while its event was still a draft.',
      event: eventId,
      _status: 'published',
      changeSummary: 'Published before its event',
    },
  })
  expect(article.ok(), await article.text()).toBe(true)
  const articleId = ((await article.json()) as { doc: { id: number } }).doc.id
  const path = `/articles/${slug}`
  try {
    // Rendered and cached without the event: readers cannot see it yet.
    const bare = await request.get(path)
    expect(bare.status()).toBe(200)
    expect(await bare.text()).not.toContain(eventName)
    expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT')

    const published = await request.patch(`/api/events/${eventId}`, {
      headers,
      data: { _status: 'published', changeSummary: 'Approved after its article' },
    })
    expect(published.ok(), await published.text()).toBe(true)

    // The article itself is not republished: the page hears of its event.
    await expect
      .poll(async () => (await request.get(path)).text(), { timeout: 2_000, intervals: [100] })
      .toContain(eventName)
  } finally {
    await request.delete(`/api/articles/${articleId}`, { headers })
    await request.delete(`/api/events/${eventId}`, { headers })
  }
})
