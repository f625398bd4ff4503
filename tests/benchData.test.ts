import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { findCitations } from '@/lib/lexical'
import { containsPoint, findCountry } from '@/lib/maps/atlas'

import { loadTestBenchData } from './helpers/benchData'
import { getTestPayload } from './helpers/payload'

// The reader queries ask Next whether draft mode is on; outside a request it is not.
vi.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: false }),
  headers: async () => new Headers(),
}))

const ARTICLES = 40

describe('benchmark data (npm run bench:data)', () => {
  let payload: Payload
  let loaded: Awaited<ReturnType<typeof loadTestBenchData>>

  beforeAll(async () => {
    payload = await getTestPayload()
    loaded = await loadTestBenchData(ARTICLES)
  })

  afterAll(async () => {
    await loaded?.cleanup()
  })

  const benchArticles = () =>
    payload.find({
      collection: 'articles',
      where: { id: { greater_than: loaded.maxima.articles } },
      overrideAccess: false,
      draft: false,
      depth: 0,
      pagination: false,
      sort: 'id',
    })

  it('should load the number of published articles asked for', async () => {
    expect((await benchArticles()).docs).toHaveLength(ARTICLES)
  })

  it('should give every article a body of 2 to 8 KB with 5 to 30 citations of published references', async () => {
    const { docs } = await benchArticles()
    const sizes = docs.map((doc) => JSON.stringify(doc.body).length)
    const citations = docs.map((doc) => findCitations(doc.body).length)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1500)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9000)
    expect(Math.min(...citations)).toBeGreaterThanOrEqual(5)
    expect(Math.max(...citations)).toBeLessThanOrEqual(30)
  })

  it('should record the cited references as Payload computes them', async () => {
    const [article] = (await benchArticles()).docs
    const cited = [...new Set(findCitations(article.body).map((c) => c.referenceId))]
    expect([...(article.citedReferences ?? [])].sort()).toEqual(cited.sort())
  })

  it('should give each event figures attributed to sources', async () => {
    const [article] = (await benchArticles()).docs
    const event = await payload.findByID({
      collection: 'events',
      id: article.event as number,
      overrideAccess: false,
      depth: 0,
    })
    expect(event.figures?.length).toBeGreaterThan(0)
    expect(event.figures?.every((figure) => figure.claimedBy && figure.kind)).toBe(true)
  })

  it('should place every event inside its country as the maps draw it', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { id: { greater_than: loaded.maxima.events } },
      depth: 0,
      pagination: false,
      select: { location: true },
    })
    const outside = docs.filter(({ location }) => {
      const country = findCountry(location?.country)
      return !country || !containsPoint(country, location!.latitude!, location!.longitude!)
    })
    expect(docs).toHaveLength(ARTICLES)
    expect(outside).toEqual([])
  })

  it('should keep a version for every article, the published one marked latest', async () => {
    const [article] = (await benchArticles()).docs
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id }, latest: { equals: true } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
  })

  it('should fill the search vector so the articles are found', async () => {
    const { searchSite } = await import('@/lib/queries/search')
    const [article] = (await benchArticles()).docs
    const { results } = await searchSite({ query: article.title })
    expect(results[0]?.title).toBe(article.title)
  })

  it('should build the reader page of a loaded article with its references', async () => {
    const { getArticlePage } = await import('@/lib/queries/articles')
    const [article] = (await benchArticles()).docs
    const page = await getArticlePage(article.slug)
    expect(page?.article.title).toBe(article.title)
    expect(page?.references.size).toBeGreaterThan(0)
  })

  it('should add nothing when run again for the same number', async () => {
    const { loadBenchData } = await import('../scripts/lib/bench/load')
    const pg = (await import('pg')).default
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      expect(await loadBenchData(client, { articles: ARTICLES })).toMatchObject({ rows: 0 })
    } finally {
      await client.end()
    }
  })
})
