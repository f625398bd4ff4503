import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findCitations } from '@/lib/lexical'
import { bibtexOf, referenceCsl } from '@/lib/format/citation'
import { eventsDownload } from '@/lib/format/eventExport'
import { loadArticlePage } from '@/lib/queries/articles'
import { loadEventPage } from '@/lib/queries/eventContext'
import { PUBLIC } from '@/lib/queries/readOptions'
import { loadReferencePage } from '@/lib/view/reference'
import { articleJsonLd } from '@/lib/view/jsonLd'
import { eventJsonLd } from '@/lib/view/jsonLd'
import { articleView } from '@/lib/view/article'
import { eventView } from '@/lib/view/event'
import type { Reference } from '@/payload-types'
import { toLexical } from '@/scripts/seed/lexical'

import { getTestPayload } from './helpers/payload'

const CAMP_ASHRAF = '2013-camp-ashraf-massacre'

type Parsed = {
  title?: string
  author?: { family?: string; given?: string }[]
  'container-title'?: string
  issued?: { 'date-parts': number[][] }
  URL?: string
}

const plainText = (node: { text?: string; children?: unknown[] }): string =>
  node.text ?? (node.children ?? []).map((child) => plainText(child as typeof node)).join('')

describe('sources', () => {
  let payload: Payload
  let firstReference: Reference
  let articleBodyText: string
  const made: { collection: 'articles' | 'link-checks'; id: number }[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: CAMP_ASHRAF } },
      depth: 0,
      limit: 1,
    })
    const [first] = findCitations(docs[0].body)
    firstReference = await payload.findByID({
      collection: 'references',
      id: first.referenceId,
      depth: 0,
    })
    articleBodyText = plainText(docs[0].body!.root as never)
  })

  afterAll(async () => {
    for (const { collection, id } of made) await payload.delete({ collection, id })
  })

  it('should list the Camp Ashraf article with its cited passage on the reference page', async () => {
    const page = await loadReferencePage(payload, firstReference.id, PUBLIC)
    const article = page?.citing.find((citing) => citing.href === `/articles/${CAMP_ASHRAF}`)
    expect(article?.title).toBe('2013 Camp Ashraf massacre')
    expect(article?.passages.length).toBeGreaterThan(0)
    expect(articleBodyText).toContain(article?.passages[0])
  })

  it('should not list an unpublished article citing the reference', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: {
        title: 'Unpublished citing article',
        slug: 'unpublished-citing-article',
        body: toLexical({
          blocks: [{ p: ['A secret claim.', { cite: 'r' }] }],
          referenceIds: new Map([['r', firstReference.id]]),
          scope: 'draft-citing',
        }) as never,
        _status: 'draft',
        changeSummary: 'Draft citing a reference',
      },
      depth: 0,
    })
    made.push({ collection: 'articles', id: draft.id })
    const page = await loadReferencePage(payload, firstReference.id, PUBLIC)
    expect(page?.citing.map((citing) => citing.title)).not.toContain('Unpublished citing article')
  })

  it("should give the link checker's checks to the reference page", async () => {
    const check = await payload.create({
      collection: 'link-checks',
      data: {
        reference: firstReference.id,
        url: 'https://example.org/gone',
        status: 'dead',
        consecutiveFailures: 3,
        history: [
          {
            checkedAt: '2026-11-20T04:00:00.000Z',
            url: 'https://example.org/gone',
            outcome: 'ok',
            statusCode: 200,
          },
          {
            checkedAt: '2026-11-21T04:00:00.000Z',
            url: 'https://example.org/gone',
            outcome: 'client-error',
            statusCode: 404,
          },
        ],
      },
      depth: 0,
    })
    made.push({ collection: 'link-checks', id: check.id })
    const page = await loadReferencePage(payload, firstReference.id, PUBLIC)
    expect(page?.linkCheck).toMatchObject({
      status: 'dead',
      history: [{ outcome: 'ok' }, { outcome: 'client-error', statusCode: 404 }],
    })
  })

  it('should give BibTeX of a Camp Ashraf reference that parses back to the same fields', () => {
    const [parsed] = new Cite(bibtexOf([referenceCsl(firstReference)])).data as Parsed[]
    const csl = referenceCsl(firstReference)
    expect({
      title: parsed.title,
      author: parsed.author,
      work: parsed['container-title'],
      issued: parsed.issued,
    }).toEqual({
      title: firstReference.title,
      author: firstReference.authors?.map(({ last, first }) => ({ family: last, given: first })),
      work: firstReference.work,
      issued: csl.issued,
    })
  })

  it('should give CSL-JSON of a Camp Ashraf reference that parses back to the same fields', () => {
    const json = JSON.stringify([referenceCsl(firstReference)])
    const [parsed] = new Cite(JSON.parse(json)).data as Parsed[]
    const date = new Date(firstReference.date!)
    expect({
      title: parsed.title,
      author: parsed.author,
      work: parsed['container-title'],
      issued: parsed.issued?.['date-parts'][0],
    }).toEqual({
      title: firstReference.title,
      author: firstReference.authors?.map(({ last, first }) => ({ family: last, given: first })),
      work: firstReference.work,
      issued: [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()],
    })
  })

  it('should name the publication date, the newsroom, and every cited source in the article JSON-LD', async () => {
    const page = await loadArticlePage(CAMP_ASHRAF, PUBLIC)
    const jsonLd = articleJsonLd(articleView(page!, `https://annals.test/articles/${CAMP_ASHRAF}`))
    expect(jsonLd).toMatchObject({
      datePublished: page!.article.createdAt,
      author: { '@type': 'Organization', name: 'Annals' },
    })
    expect(jsonLd.citation).toHaveLength(9)
    expect(jsonLd.citation[0]).toMatchObject({ name: firstReference.title })
  })

  it('should give every published event a location and a description in its JSON-LD', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      ...PUBLIC,
      select: { slug: true },
      pagination: false,
    })
    const pages = await Promise.all(docs.map((doc) => loadEventPage(payload, doc.slug, PUBLIC)))
    const jsonLds = pages.map((page) => eventJsonLd(eventView(page!)))
    expect(jsonLds.filter((jsonLd) => !jsonLd.location.name || !jsonLd.description)).toEqual([])
  })

  it('should export the published events as CSV, one row each after the header', async () => {
    const { totalDocs } = await payload.find({ collection: 'events', ...PUBLIC, limit: 1 })
    const response = await eventsDownload(new Request('http://annals.test/events.csv'), 'csv')
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(lines[0]).toMatch(/^name,url,type,startDate/)
    expect(lines).toHaveLength(totalDocs + 1)
  })

  it('should export the published events as JSON with the Camp Ashraf figures', async () => {
    const response = await eventsDownload(new Request('http://annals.test/events.json'), 'json')
    const body = (await response.json()) as {
      totalEvents: number
      events: { name: string; deaths: null | string; country: null | string }[]
    }
    const ashraf = body.events.find((event) => event.name === '2013 Camp Ashraf massacre')
    expect(body.events).toHaveLength(body.totalEvents)
    expect(ashraf).toMatchObject({ country: 'Iraq', deaths: expect.stringContaining('52') })
  })

  it('should refuse an events export page that is not a whole number with a 400 naming it', async () => {
    const response = await eventsDownload(
      new Request('http://annals.test/events.json?page=x'),
      'json',
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: expect.stringContaining('"page"') })
  })
})
