import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getEventFacets, listEvents } from '@/lib/queries/events'
import {
  ARTICLES_PER_PAGE,
  getHomeLists,
  HOME_LIST_LENGTH,
  listArticlesPage,
} from '@/lib/queries/home'
import {
  FEED_LENGTH,
  listRecentChanges,
  listSitemapEntries,
  listSitemapFiles,
  parseSitemapFile,
  planSitemapFiles,
  SITEMAP_PAGE_SIZE,
} from '@/lib/queries/sitemap'
import { urlSetXml } from '@/lib/format/sitemap'

import { loadTestBenchData } from './helpers/benchData'
import { getTestPayload } from './helpers/payload'

vi.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: false }),
  headers: async () => new Headers(),
}))

// More than every bound below (home lists, feed, one page of /articles).
const ARTICLES = 120

describe('bounded reader pages', () => {
  let payload: Payload
  let loaded: Awaited<ReturnType<typeof loadTestBenchData>>
  let published: { articles: number; events: number }

  beforeAll(async () => {
    payload = await getTestPayload()
    loaded = await loadTestBenchData(ARTICLES)
    const [articles, events] = await Promise.all([
      payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } }),
      payload.count({ collection: 'events', where: { _status: { equals: 'published' } } }),
    ])
    published = { articles: articles.totalDocs, events: events.totalDocs }
  })

  afterAll(async () => {
    vi.restoreAllMocks()
    await loaded?.cleanup()
  })

  describe('sitemap', () => {
    it('should split ids into files of at most the page size', () => {
      expect(planSitemapFiles({ articles: 5, events: 2 }, 2)).toEqual([
        { name: 'articles-0', collection: 'articles', firstId: 1, lastId: 2 },
        { name: 'articles-1', collection: 'articles', firstId: 3, lastId: 4 },
        { name: 'articles-2', collection: 'articles', firstId: 5, lastId: 6 },
        { name: 'events-0', collection: 'events', firstId: 1, lastId: 2 },
      ])
    })

    it('should use files of 50,000 URLs by default', () => {
      expect(planSitemapFiles({ articles: 100_001, events: 0 }).map((f) => f.name)).toEqual([
        'articles-0',
        'articles-1',
        'articles-2',
      ])
      expect(SITEMAP_PAGE_SIZE).toBe(50_000)
    })

    it('should read a file name back to the same id range', () => {
      expect(parseSitemapFile('events-3', 10)).toEqual({
        name: 'events-3',
        collection: 'events',
        firstId: 31,
        lastId: 40,
      })
    })

    it('should refuse file names it did not make', () => {
      expect(
        ['articles', 'users-0', 'articles-x', '../articles-0'].map((n) => parseSitemapFile(n)),
      ).toEqual([null, null, null, null])
    })

    it('should list every published document exactly once across small files', async () => {
      const pageSize = 25
      const files = await listSitemapFiles(pageSize)
      const paths: string[] = []
      for (const file of files) {
        const entries = await listSitemapEntries(parseSitemapFile(file.name, pageSize)!)
        expect(entries.length).toBeLessThanOrEqual(pageSize)
        paths.push(...entries.map((entry) => entry.path))
      }
      expect(new Set(paths).size).toBe(paths.length)
      expect(paths).toHaveLength(published.articles + published.events)
    })

    it('should never list an unpublished article', async () => {
      const draft = await payload.create({
        collection: 'articles',
        data: {
          title: 'Bounded sitemap draft',
          slug: 'bounded-sitemap-draft',
          changeSummary: 'Test',
        } as never,
        draft: true,
        context: { disableRevalidate: true },
      })
      try {
        const files = await listSitemapFiles()
        const entries = (await Promise.all(files.map((file) => listSitemapEntries(file)))).flat()
        expect(entries.map((entry) => entry.path)).not.toContain('/articles/bounded-sitemap-draft')
      } finally {
        await payload.delete({
          collection: 'articles',
          id: draft.id,
          context: { disableRevalidate: true },
        })
      }
    })

    it('should write a urlset with one <url> per entry', () => {
      const xml = urlSetXml([
        { location: 'https://a.test/x?a=1&b=2' },
        { location: 'https://a.test/y' },
      ])
      expect(xml.match(/<url>/g)).toHaveLength(2)
      expect(xml).toContain('x?a=1&#38;b=2')
    })
  })

  describe('feed', () => {
    it('should show the most recently changed pages, newest first', async () => {
      const pages = await listRecentChanges(FEED_LENGTH)
      expect(pages).toHaveLength(FEED_LENGTH)
      const dates = pages.map((page) => page.updatedAt)
      expect(dates).toEqual([...dates].sort().reverse())
    })

    it('should read no more rows than it shows', async () => {
      const find = vi.spyOn(payload, 'find')
      try {
        await listRecentChanges(FEED_LENGTH)
        const calls = find.mock.calls.map(([args]) => ({
          limit: args.limit,
          pagination: args.pagination,
        }))
        expect(calls).toEqual([
          { limit: FEED_LENGTH, pagination: false },
          { limit: FEED_LENGTH, pagination: false },
        ])
      } finally {
        find.mockRestore()
      }
    })
  })

  describe('home page', () => {
    it('should list a bounded number of recent and updated articles', async () => {
      const { recent, updated, articleCount } = await getHomeLists()
      expect([recent.length, updated.length]).toEqual([HOME_LIST_LENGTH, HOME_LIST_LENGTH])
      expect(articleCount).toBe(published.articles)
    })

    it('should list recently updated articles newest first', async () => {
      const { updated } = await getHomeLists()
      const dates = updated.map((article) => article.updatedAt)
      expect(dates).toEqual([...dates].sort().reverse())
    })

    it('should list featured articles only', async () => {
      const { featured } = await getHomeLists()
      const { docs } = await payload.find({
        collection: 'articles',
        where: { id: { in: featured.map((article) => article.id) } },
        select: { featured: true },
        depth: 0,
      })
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.every((doc) => doc.featured)).toBe(true)
    })
  })

  describe('/articles index', () => {
    it('should page through every article by title', async () => {
      const first = await listArticlesPage(1)
      expect(first.articles).toHaveLength(ARTICLES_PER_PAGE)
      expect(first.pageCount).toBe(Math.ceil(published.articles / ARTICLES_PER_PAGE))
      const titles = first.articles.map((article) => article.title)
      expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    })

    it('should not repeat an article on the next page', async () => {
      const [first, second] = await Promise.all([listArticlesPage(1), listArticlesPage(2)])
      const ids = new Set(first.articles.map((article) => article.id))
      expect(second.articles.some((article) => ids.has(article.id))).toBe(false)
    })
  })

  describe('/events', () => {
    it('should offer every year and country of the published events', async () => {
      const { docs } = await payload.find({
        collection: 'events',
        where: { _status: { equals: 'published' } },
        select: { startDate: true, location: true },
        pagination: false,
        depth: 0,
      })
      const facets = await getEventFacets()
      const years = [...new Set(docs.map((event) => new Date(event.startDate).getUTCFullYear()))]
      const countries = [...new Set(docs.map((event) => event.location?.country).filter(Boolean))]
      expect(facets.years).toEqual(years.sort((a, b) => a - b))
      expect(facets.countries).toEqual((countries as string[]).sort((a, b) => a.localeCompare(b)))
    })

    it('should filter by type and year together', async () => {
      const { events } = await listEvents({ type: 'massacre', year: 2013 })
      expect(events.length).toBeGreaterThan(0)
      expect(
        events.every(
          (e) => e.type === 'massacre' && new Date(e.startDate).getUTCFullYear() === 2013,
        ),
      ).toBe(true)
    })

    it('should filter by any part of a place name', async () => {
      const { events } = await listEvents({ place: 'ashraf' })
      expect(events.length).toBeGreaterThan(0)
      expect(events.every((e) => /ashraf/i.test(Object.values(e.location ?? {}).join(' ')))).toBe(
        true,
      )
    })

    it('should list the timeline oldest first, a page at a time', async () => {
      const { events, totalPages } = await listEvents({ page: 1 })
      const dates = events.map((event) => event.startDate)
      expect(dates).toEqual([...dates].sort())
      expect(totalPages).toBeGreaterThan(1)
    })
  })
})
