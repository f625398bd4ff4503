import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from './helpers/payload'
import { fieldErrors, login, rest } from './helpers/rest'

let events = 0
// Each event gets its own name, so its generated slug is unique.
const event = (overrides: Record<string, unknown> = {}) => ({
  name: `Validation test event ${++events}`,
  type: 'attack',
  startDate: '2013-09-01',
  ...overrides,
})

const figure = (overrides: Record<string, unknown>) => ({
  kind: 'deaths',
  claimedBy: 'Test',
  ...overrides,
})

describe('validation through the REST API', () => {
  let payload: Payload
  let token: string
  const created: { collection: 'events' | 'references'; id: number }[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    token = await login('editor')
  })

  afterAll(async () => {
    for (const { collection, id } of created) await payload.delete({ collection, id })
  })

  const post = async (collection: string, body: Record<string, unknown>) => {
    const response = await rest({
      method: 'POST',
      path: `/${collection}`,
      body: { changeSummary: 'Validation test', ...body },
      token,
    })
    if (response.status === 201) {
      created.push({
        collection: collection as 'events',
        id: (response.body.doc as { id: number }).id,
      })
    }
    return response
  }

  it('should refuse an article without a title with a 400 naming the field', async () => {
    const response = await post('articles', { slug: 'untitled-article' })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([expect.objectContaining({ path: 'title' })])
  })

  it('should refuse a reference URL that is not http(s)', async () => {
    const response = await post('references', { title: 'Bad URL', url: 'javascript:alert(1)' })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      { path: 'url', label: 'URL', message: 'Only http:// and https:// URLs are allowed.' },
    ])
  })

  it('should refuse an archive URL that is not a URL at all', async () => {
    const response = await post('references', { title: 'Bad archive', archiveUrl: 'not a url' })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      expect.objectContaining({ path: 'archiveUrl', message: '"not a url" is not a valid URL.' }),
    ])
  })

  it('should refuse a figure with neither a value nor a range', async () => {
    const response = await post('events', event({ figures: [figure({ min: 3 })] }))
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      expect.objectContaining({
        path: 'figures.0.value',
        message: 'Give a value, or both a minimum and a maximum.',
      }),
    ])
  })

  it('should refuse a figure whose minimum is above its maximum', async () => {
    const response = await post('events', event({ figures: [figure({ min: 40, max: 30 })] }))
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      expect.objectContaining({
        path: 'figures.0.max',
        message: 'The maximum (30) is below the minimum (40).',
      }),
    ])
  })

  it('should accept a figure given as a range', async () => {
    const response = await post('events', event({ figures: [figure({ min: 30, max: 40 })] }))
    expect(response.status).toBe(201)
  })

  it('should refuse a date that does not exist', async () => {
    const response = await post('events', event({ startDate: '2013-02-30' }))
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      expect.objectContaining({
        path: 'startDate',
        message: '2013-02-30 is not a real calendar date.',
      }),
    ])
  })

  it('should refuse a date that is not a date', async () => {
    const response = await post('events', event({ startDate: 'last Tuesday' }))
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      expect.objectContaining({
        path: 'startDate',
        message: '"last Tuesday" is not a date (use YYYY-MM-DD).',
      }),
    ])
  })

  it('should store a calendar date as that day whatever the time zone', async () => {
    const response = await post('events', event({ startDate: '2013-09-01' }))
    expect((response.body.doc as { startDate: string }).startDate).toBe('2013-09-01T12:00:00.000Z')
  })

  it('should refuse a second reference to the same URL, naming the existing one', async () => {
    const first = await post('references', {
      title: 'Original report',
      url: 'https://www.example.org/news/report?utm_source=feed',
    })
    expect(first.status).toBe(201)
    const id = (first.body.doc as { id: number }).id
    const second = await post('references', {
      title: 'Same report again',
      url: 'http://example.org/news/report/',
    })
    expect(second.status).toBe(400)
    expect(fieldErrors(second)).toEqual([
      {
        path: 'url',
        message: `This source is already reference #${id}, "Original report". Cite that reference instead.`,
      },
    ])
  })

  it('should leave the stored document untouched when an update is refused', async () => {
    const { doc } = (await post('events', event({ name: 'Untouched event' }))).body as {
      doc: { id: number }
    }
    const response = await rest({
      method: 'PATCH',
      path: `/events/${doc.id}`,
      body: { name: 'Changed name', startDate: '2013-13-01', changeSummary: 'Change the date' },
      token,
    })
    expect(response.status).toBe(400)
    const stored = await payload.findByID({ collection: 'events', id: doc.id, depth: 0 })
    expect(stored).toMatchObject({ name: 'Untouched event', startDate: '2013-09-01T12:00:00.000Z' })
  })

  // The 500s of issue 9, each now a 400 naming its field (or ignored, for createdAt).

  it('should refuse an end date before the start date', async () => {
    const response = await post('events', event({ startDate: '2013-09-01', endDate: '2013-08-01' }))
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['endDate'],
    ])
  })

  it('should refuse a figure dated on a day that does not exist', async () => {
    const response = await post(
      'events',
      event({ figures: [figure({ value: 3, asOf: '2013-02-30' })] }),
    )
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['figures.0.asOf'],
    ])
  })

  it('should refuse a rich-text body sent as a string', async () => {
    const response = await post('articles', { title: 'String body', body: 'plain text' })
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['body'],
    ])
  })

  it('should refuse a link to a javascript: URL in the body', async () => {
    const link = {
      type: 'link',
      version: 1,
      fields: { url: 'javascript:alert(1)', linkType: 'custom' },
      children: [{ type: 'text', text: 'click', version: 1 }],
    }
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [link] }] } }
    const response = await post('articles', { title: 'Script link', body })
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['body'],
    ])
  })

  it('should refuse an unknown _status', async () => {
    const response = await post('events', event({ _status: 'Published' }))
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['_status'],
    ])
  })

  it('should refuse a relationship to a document that does not exist', async () => {
    const response = await post('events', event({ victims: { article: 999_999_999 } }))
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['victims.article'],
    ])
  })

  it('should refuse text holding a NUL character', async () => {
    const response = await post('events', event({ name: 'Nul\u0000name' }))
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['name'],
    ])
  })

  it.each([
    ['a vertical tab, a start-of-heading and an escape', 'Camp \u000bAshraf\u0001\u001b'],
    ['a delete character', 'Camp Ashraf\u007f'],
  ])('should refuse a name holding %s with a 400 naming it', async (_what, name) => {
    const response = await post('events', event({ name }))
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['name'],
    ])
  })

  it('should accept text holding tabs and line breaks', async () => {
    const response = await post(
      'events',
      event({ alternativeNames: ['Tab\there', 'Two\r\nlines'] }),
    )
    expect(response.status).toBe(201)
  })

  it('should refuse a figure above 2^53, which JSON would store rounded, with a 400 naming it', async () => {
    const response = await post('events', event({ figures: [figure({ value: 2 ** 53 + 2 })] }))
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      ['figures.0.value'],
    ])
  })

  it('should make a slug from a name in Arabic script', async () => {
    const response = await post('events', event({ name: `مجزرة معسكر أشرف ${process.pid}` }))
    expect([response.status, (response.body.doc as { slug?: string }).slug]).toEqual([
      201,
      `مجزرة-معسكر-أشرف-${process.pid}`,
    ])
  })

  it('should ignore a createdAt sent by the client', async () => {
    const response = await post('events', event({ createdAt: '1999-01-01T00:00:00.000Z' }))
    expect((response.body.doc as { createdAt: string }).createdAt).not.toMatch(/^1999/)
  })

  it.each([
    ['limit=1e400', 'limit'],
    ['page=-1', 'page'],
    ['where[id][in]=abc', 'where.id.in'],
  ])('should refuse the query %s with a 400 naming it', async (query, path) => {
    const response = await rest({ method: 'GET', path: `/events?${query}`, token })
    expect([response.status, fieldErrors(response).map((error) => error.path)]).toEqual([
      400,
      [path],
    ])
  })
})
