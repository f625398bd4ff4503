import { cache } from 'react'

import { TAGS, tagPage } from '@/lib/freshness'
import { getPayloadClient } from '@/lib/payload'

import { HOME_CARD_SELECT, type HomeCard } from './cards'
import { readOptions } from './readOptions'

/**
 * The home page's lists: a few of the newest, featured and recently updated articles, each
 * one index range scan of its LIMIT (see migrations/20261126_020000_bounded_lists.ts), and the
 * number of articles for the link to the full index — whatever the size of the corpus.
 */
export const HOME_LIST_LENGTH = 8
export const HOME_FEATURED_LENGTH = 4

export type HomeLists = {
  featured: HomeCard[]
  recent: HomeCard[]
  updated: HomeCard[]
  articleCount: number
}

export const getHomeLists = cache(async (): Promise<HomeLists> => {
  await tagPage(TAGS.articles)
  const payload = await getPayloadClient()
  const read = await readOptions()
  const list = (sort: string, limit: number, where?: { featured: { equals: true } }) =>
    payload
      .find({
        collection: 'articles',
        ...read,
        where,
        select: HOME_CARD_SELECT,
        sort: [sort, sort.startsWith('-') ? '-id' : 'id'],
        limit,
        // No count: the lists link to /articles, which counts.
        pagination: false,
      })
      .then((result) => result.docs as HomeCard[])
  const [featured, recent, updated, count] = await Promise.all([
    list('-updatedAt', HOME_FEATURED_LENGTH, { featured: { equals: true } }),
    list('-createdAt', HOME_LIST_LENGTH),
    list('-updatedAt', HOME_LIST_LENGTH),
    payload.count({ collection: 'articles', ...read }),
  ])
  return { featured, recent, updated, articleCount: count.totalDocs }
})

export const ARTICLES_PER_PAGE = 50

/** One page of the /articles index, by title. */
export const listArticlesPage = cache(async (page: number) => {
  await tagPage(TAGS.articles)
  const payload = await getPayloadClient()
  const read = await readOptions()
  const result = await payload.find({
    collection: 'articles',
    ...read,
    select: { title: true, slug: true, shortDescription: true },
    sort: ['title', 'id'],
    limit: ARTICLES_PER_PAGE,
    page,
  })
  return {
    articles: result.docs,
    page: result.page ?? page,
    pageCount: result.totalPages,
    total: result.totalDocs,
  }
})
