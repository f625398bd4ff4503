import { expect, test } from './helpers/fixtures'
import { authHeaders, idBySlug } from './helpers/workflow'

/**
 * Drafts never leak: unpublished content carrying a unique marker — a pending revision of a
 * published article and of a published event, a never-published article and event — must not
 * appear in any response an anonymous reader can get, page or API. Search is asked for a
 * second unique word the drafts also hold (pages echo the query, never the marker).
 */
const MARKER = `LEAKMARKER${Date.now()}`
const WORD = `leakword${Date.now()}`
const ARTICLE = 'maryam-rajavi'
const EVENT = '2006-qana-airstrike'

test('should never show an anonymous reader a byte of unpublished content', async ({
  request,
  playwright,
  baseURL,
}) => {
  const editor = await authHeaders(request, 'editor')
  const admin = await authHeaders(request, 'admin')
  const articleId = await idBySlug(request, 'articles', ARTICLE, editor)
  const eventId = await idBySlug(request, 'events', EVENT, editor)
  const pending = [
    request.patch(`/api/articles/${articleId}?draft=true`, {
      headers: editor,
      data: {
        title: `Maryam ${WORD} ${MARKER}`,
        summary: `${WORD} ${MARKER}`,
        shortDescription: MARKER,
        changeSummary: MARKER,
        workflowState: 'in_review',
      },
    }),
    request.patch(`/api/events/${eventId}?draft=true`, {
      headers: editor,
      data: { name: `Qana ${WORD} ${MARKER}`, alternativeNames: [MARKER], changeSummary: MARKER },
    }),
    request.post('/api/articles?draft=true', {
      headers: editor,
      data: {
        title: `Draft ${WORD} ${MARKER}`,
        slug: `draft-${MARKER.toLowerCase()}`,
        summary: `${WORD} ${MARKER}`,
        changeSummary: MARKER,
      },
    }),
    request.post('/api/events?draft=true', {
      headers: editor,
      data: {
        name: `Event ${WORD} ${MARKER}`,
        slug: `event-${MARKER.toLowerCase()}`,
        type: 'other',
        startDate: '2013-09-01',
        changeSummary: MARKER,
      },
    }),
  ]
  const created = await Promise.all(pending)
  expect(created.map((response) => response.status())).toEqual([200, 200, 201, 201])
  const draftArticle = ((await created[2].json()) as { doc: { id: number } }).doc.id
  const draftEvent = ((await created[3].json()) as { doc: { id: number } }).doc.id

  const pages = [
    '/',
    `/articles/${ARTICLE}`,
    `/articles/${ARTICLE}/history`,
    '/articles/2013-camp-ashraf-massacre',
    '/articles/2013-camp-ashraf-massacre/history',
    `/articles/draft-${MARKER.toLowerCase()}`,
    '/events',
    `/events/${EVENT}`,
    `/events/event-${MARKER.toLowerCase()}`,
    `/search?q=${WORD}`,
    '/search?q=Maryam',
    '/sitemap.xml',
    '/robots.txt',
    '/feed.xml',
    '/preview?path=/articles/maryam-rajavi',
  ]
  const apis = [
    '/api/articles?depth=2&limit=100',
    '/api/articles?draft=true&depth=2&limit=100',
    `/api/articles/${articleId}?draft=true&depth=2`,
    `/api/articles/${draftArticle}?draft=true`,
    '/api/articles/versions?limit=500',
    `/api/articles/versions?where[parent][equals]=${articleId}`,
    '/api/events?draft=true&depth=2&limit=100',
    `/api/events/${eventId}?draft=true`,
    `/api/events/${draftEvent}?draft=true`,
    '/api/events/versions?limit=500',
    '/api/reactions?draft=true&depth=2&limit=100',
    '/api/references?draft=true&limit=100',
  ]
  const graphql = [
    '{ Articles(draft: true, limit: 100) { docs { title summary shortDescription seeAlso { title summary } } } }',
    `{ Article(id: ${articleId}, draft: true) { title summary } }`,
    '{ versionsArticles(limit: 500) { docs { version { title summary } } } }',
    '{ Events(draft: true, limit: 100) { docs { name alternativeNames } } }',
    '{ versionsEvents(limit: 500) { docs { version { name } } } }',
  ]
  // A fresh context: no cookies, no token — an anonymous reader.
  const anonymous = await playwright.request.newContext({ baseURL })
  const responses: [string, string][] = []
  for (const path of [...pages, ...apis]) {
    responses.push([path, await (await anonymous.get(path, { maxRedirects: 0 })).text()])
  }
  for (const query of graphql) {
    responses.push([
      query,
      await (await anonymous.post('/api/graphql', { data: { query } })).text(),
    ])
  }
  const leaks = responses.filter(([, body]) => body.includes(MARKER)).map(([where]) => where)

  // Put things back for the tests that follow: the pending revisions go, the drafts too.
  await request.delete(`/api/articles/${draftArticle}`, { headers: admin })
  await request.delete(`/api/events/${draftEvent}`, { headers: admin })
  expect(leaks).toEqual([])
})
