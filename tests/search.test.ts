import type { Payload, RequestContext } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import {
  MAX_QUERY_LENGTH,
  SEARCH_PAGE_SIZE,
  searchSite,
  type SearchResult,
} from '@/lib/queries/search'

import { placeName, SEARCH_WORDS, typoOf } from '../scripts/lib/bench/words'

import { loadTestBenchData } from './helpers/benchData'
import { getTestPayload } from './helpers/payload'

const context: RequestContext = { disableRevalidate: true }

const titles = (results: SearchResult[]) => results.map((result) => result.title)
const highlighted = (result: SearchResult) =>
  result.snippet.filter((part) => part.highlighted).map((part) => part.text.toLowerCase())

describe('site search', () => {
  it('should rank an exact title first', async () => {
    const { results } = await searchSite({ query: 'camp ashraf' })
    expect(results[0]).toMatchObject({
      kind: 'article',
      title: 'Camp Ashraf',
      url: '/articles/camp-ashraf',
    })
  })

  it('should rank an article above the event of the same title', async () => {
    const { results } = await searchSite({ query: 'Houla massacre' })
    expect(results.slice(0, 2).map((result) => [result.kind, result.title])).toEqual([
      ['article', 'Houla massacre'],
      ['event', 'Houla massacre'],
    ])
  })

  it('should rank every title match above every match in the text alone', async () => {
    const { results } = await searchSite({ query: 'raid' })
    const inTitle = results.map((result) => /\braid\b/i.test(result.title))
    expect(inTitle).toContain(false)
    expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true)
  })

  it('should find titles despite a typo', async () => {
    const [misspelt, partly] = await Promise.all([
      searchSite({ query: 'ashraff' }),
      searchSite({ query: 'camp ashrf' }),
    ])
    expect(titles(misspelt.results)).toContain('2013 Camp Ashraf massacre')
    expect(titles(partly.results)).toContain('2013 Camp Ashraf massacre')
    expect(partly.results[0].title).toBe('Camp Ashraf')
  })

  it('should not find titles that share only one word of the query', async () => {
    const { results } = await searchSite({ query: 'houla massacre' })
    expect(titles(results)).not.toContain('Rabaa massacre')
  })

  it('should highlight the matched words in the snippet', async () => {
    const { results } = await searchSite({ query: 'Mujahedin' })
    const article = results.find((result) => result.title === '2013 Camp Ashraf massacre')!
    expect(highlighted(article)).toContain('mujahedin')
    expect(article.snippet.map((part) => part.text).join('')).toMatch(/People's Mujahedin of Iran/)
  })

  it('should find an event by an alternative name and show it', async () => {
    const { results } = await searchSite({ query: 'September 1 massacre' })
    const event = results.find((result) => result.kind === 'event')!
    expect(event).toMatchObject({
      title: '2013 Camp Ashraf massacre',
      url: '/events/2013-camp-ashraf-massacre',
    })
    expect(highlighted(event)).toEqual(expect.arrayContaining(['september', 'massacre']))
  })

  it('should ignore accents in the query', async () => {
    const { results } = await searchSite({ query: 'Qānā airstrike' })
    expect(titles(results)).toContain('2006 Qana airstrike')
  })

  it('should split results into pages without overlap', async () => {
    const first = await searchSite({ query: 'iraq' })
    const second = await searchSite({ query: 'iraq', page: 2 })
    expect(first.total).toBeGreaterThan(SEARCH_PAGE_SIZE)
    expect(first.pageCount).toBe(Math.ceil(first.total / SEARCH_PAGE_SIZE))
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE)
    expect(second).toMatchObject({ page: 2, total: first.total })
    expect(second.results).toHaveLength(first.total - SEARCH_PAGE_SIZE)
    const firstUrls = first.results.map((result) => result.url)
    expect(second.results.filter((result) => firstUrls.includes(result.url))).toEqual([])
  })

  it('should report the total on a page beyond the last', async () => {
    const { results, total, page } = await searchSite({ query: 'iraq', page: '99' })
    expect({ results, page }).toEqual({ results: [], page: 99 })
    expect(total).toBeGreaterThan(SEARCH_PAGE_SIZE)
  })

  it('should answer an empty query with no results', async () => {
    expect(await searchSite({ query: '   ' })).toEqual({
      query: '',
      results: [],
      total: 0,
      capped: false,
      page: 1,
      pageCount: 0,
    })
  })

  it.each([
    ['quotes', '"camp ashraf'],
    ['tsquery operators', 'ashraf & | ! :* (massacre'],
    ['SQL', "'; DROP TABLE articles; --"],
    ['emoji', '🔥💥 ashraf'],
    ['punctuation only', '!!! ??? ...'],
    ['stop words only', 'the of and'],
    ['control characters', 'ashraf\u0000\u0001\u0002'],
    ['a backslash', 'ashraf\\'],
  ])('should answer a query with %s without an error', async (_name, query) => {
    const { results, total } = await searchSite({ query })
    expect(results.length).toBeLessThanOrEqual(total)
    expect(results.every((result) => result.url.startsWith('/'))).toBe(true)
  })

  it('should still find by a query in quotes or with operators', async () => {
    const [quoted, operators] = await Promise.all([
      searchSite({ query: '"camp ashraf"' }),
      searchSite({ query: 'ashraf & | ! :* (massacre' }),
    ])
    expect(quoted.results[0].title).toBe('Camp Ashraf')
    expect(titles(operators.results)).toContain('2013 Camp Ashraf massacre')
  })

  it('should cut a very long query and still answer', async () => {
    const { query, results } = await searchSite({ query: 'ashraf '.repeat(750) })
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(titles(results)).toContain('Camp Ashraf')
  })

  it('should never cut an emoji in half', async () => {
    const { query } = await searchSite({ query: `${'a'.repeat(MAX_QUERY_LENGTH - 1)}🔥🔥` })
    expect(Array.from(query).at(-1)).toBe('🔥')
  })
})

describe('site search and unpublished content', () => {
  let payload: Payload
  let published: Article
  let neverPublished: Article

  // Words no seeded text holds, so a match can only come from these documents.
  const PUBLISHED_WORD = 'zanzibarquill'
  const DRAFT_WORD = 'quokkaferment'
  const UNPUBLISHED_WORD = 'marmotlantern'

  beforeAll(async () => {
    payload = await getTestPayload()
    // The change summary is what the editorial workflow asks of every save.
    published = await payload.create({
      collection: 'articles',
      context,
      data: {
        title: `Search test ${PUBLISHED_WORD}`,
        summary: 'Published text.',
        _status: 'published',
        changeSummary: 'Created for the search tests',
      } as Partial<Article> as Article,
    })
    await payload.update({
      collection: 'articles',
      id: published.id,
      context,
      draft: true,
      data: {
        title: `Search test ${PUBLISHED_WORD} ${DRAFT_WORD}`,
        summary: `A newer draft mentions ${DRAFT_WORD}.`,
        _status: 'draft',
        changeSummary: 'A newer draft for the search tests',
      } as Partial<Article>,
    })
    neverPublished = await payload.create({
      collection: 'articles',
      context,
      draft: true,
      data: {
        title: `Draft ${UNPUBLISHED_WORD}`,
        summary: `Never published: ${UNPUBLISHED_WORD}.`,
        _status: 'draft',
        changeSummary: 'Created for the search tests',
      } as Partial<Article> as Article,
    })
  })

  afterAll(async () => {
    for (const id of [published.id, neverPublished.id]) {
      await payload.delete({ collection: 'articles', id, context })
    }
  })

  it('should find the published version of an article with a newer draft', async () => {
    const { results } = await searchSite({ query: PUBLISHED_WORD })
    expect(results.map((result) => result.title)).toEqual([`Search test ${PUBLISHED_WORD}`])
  })

  it('should not find a word of a newer draft', async () => {
    expect(await searchSite({ query: DRAFT_WORD })).toMatchObject({ results: [], total: 0 })
  })

  it('should not find a never-published draft', async () => {
    const [byWord, byTitle] = await Promise.all([
      searchSite({ query: UNPUBLISHED_WORD }),
      searchSite({ query: `Draft ${UNPUBLISHED_WORD}` }),
    ])
    expect([byWord.total, byTitle.total]).toEqual([0, 0])
  })
})

describe('site search over many articles', () => {
  // More articles containing the common word than search ranks (its text candidates).
  const ARTICLES = 260
  let loaded: Awaited<ReturnType<typeof loadTestBenchData>>

  beforeAll(async () => {
    loaded = await loadTestBenchData(ARTICLES)
  })

  afterAll(async () => {
    await loaded?.cleanup()
  })

  it('should answer a word of nearly every article with a full page and a capped count', async () => {
    const { results, total, capped, pageCount } = await searchSite({ query: SEARCH_WORDS.common })
    expect(results).toHaveLength(SEARCH_PAGE_SIZE)
    expect(capped).toBe(true)
    expect(total).toBeLessThan(ARTICLES)
    expect(pageCount).toBe(Math.ceil(total / SEARCH_PAGE_SIZE))
  })

  it('should highlight a common word in every snippet', async () => {
    const { results } = await searchSite({ query: SEARCH_WORDS.common })
    // "forces" matches its stem's other forms too ("force", "forced").
    expect(
      results.every((result) => highlighted(result).some((word) => word.startsWith('forc'))),
    ).toBe(true)
  })

  it('should still put a title match first among many text matches', async () => {
    // Cluster 5's place is in its title only; the common word is in nearly every body.
    const place = placeName(5)
    const { results } = await searchSite({ query: `${place} ${SEARCH_WORDS.common}` })
    expect(results[0]?.title).toContain(place)
  })

  it('should find an old article by a word of its title however many newer ones match', async () => {
    const { results } = await searchSite({ query: placeName(0) })
    expect(titles(results).some((title) => title.includes(placeName(0)))).toBe(true)
  })

  it('should find a title with a typo among many articles', async () => {
    const { results } = await searchSite({ query: typoOf(placeName(3)) })
    expect(results[0]?.title).toContain(placeName(3))
  })
})
