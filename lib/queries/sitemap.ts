import { TAGS, tagPage } from '@/lib/freshness'
import { getPayloadClient } from '@/lib/payload'
import type { Article, Event } from '@/payload-types'

import { PUBLIC } from './readOptions'

/** A published page's address, title and last change: a sitemap entry. */
export type PublishedPage = { path: string; title: string; updatedAt: string }

/** A recently changed article or event, as stored: `lib/view/feed.ts` makes it an entry. */
export type RecentChange =
  | {
      collection: 'articles'
      updatedAt: string
      doc: Pick<Article, 'slug' | 'title' | 'summary' | 'createdAt' | 'updatedAt'>
    }
  | {
      collection: 'events'
      updatedAt: string
      doc: Pick<
        Event,
        | 'slug'
        | 'name'
        | 'type'
        | 'startDate'
        | 'endDate'
        | 'datePrecision'
        | 'location'
        | 'createdAt'
        | 'updatedAt'
      >
    }

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_PAGE_SIZE = 50_000

export type SitemapCollection = 'articles' | 'events'

/**
 * One child sitemap: the published documents of a collection whose ids fall in
 * [firstId, lastId]. Ranges of ids, not pages of a sorted list, so each file is one index
 * range scan of at most `pageSize` rows, and a publish never moves URLs between files.
 */
export type SitemapFile = {
  name: string
  collection: SitemapCollection
  firstId: number
  lastId: number
}

const COLLECTIONS: SitemapCollection[] = ['articles', 'events']

/** The files needed for ids up to `maxIds[collection]`, `pageSize` ids each. */
export const planSitemapFiles = (
  maxIds: Record<SitemapCollection, number>,
  pageSize: number = SITEMAP_PAGE_SIZE,
): SitemapFile[] =>
  COLLECTIONS.flatMap((collection) =>
    Array.from({ length: Math.ceil(Math.max(0, maxIds[collection]) / pageSize) }, (_, index) => ({
      name: `${collection}-${index}`,
      collection,
      firstId: index * pageSize + 1,
      lastId: (index + 1) * pageSize,
    })),
  )

/** Reads a file name ("articles-3") back; null for anything else. */
export const parseSitemapFile = (
  name: string,
  pageSize: number = SITEMAP_PAGE_SIZE,
): SitemapFile | null => {
  const match = /^(articles|events)-(\d{1,6})$/.exec(name)
  if (!match) return null
  const index = Number(match[2])
  // Ids are PostgreSQL integers: a file past the largest one holds nothing, and asking the
  // database for ids beyond it fails ("out of range for type integer").
  if ((index + 1) * pageSize > 2 ** 31 - 1) return null
  return {
    name,
    collection: match[1] as SitemapCollection,
    firstId: index * pageSize + 1,
    lastId: (index + 1) * pageSize,
  }
}

const maxPublishedId = async (collection: SitemapCollection) => {
  await tagPage(TAGS[collection])
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    ...PUBLIC,
    select: { slug: true },
    sort: '-id',
    limit: 1,
    pagination: false,
  })
  return docs[0]?.id ?? 0
}

/** The sitemap index's files: two one-row queries, whatever the number of documents. */
export async function listSitemapFiles(pageSize: number = SITEMAP_PAGE_SIZE) {
  await tagPage(TAGS.articles, TAGS.events)
  const [articles, events] = await Promise.all([
    maxPublishedId('articles'),
    maxPublishedId('events'),
  ])
  return planSitemapFiles({ articles, events }, pageSize)
}

/** The URLs of one child sitemap: at most `lastId - firstId + 1` rows. */
export async function listSitemapEntries(file: SitemapFile): Promise<PublishedPage[]> {
  await tagPage(TAGS[file.collection])
  const payload = await getPayloadClient()
  const where = { id: { greater_than_equal: file.firstId, less_than_equal: file.lastId } }
  const limit = file.lastId - file.firstId + 1
  if (file.collection === 'articles') {
    const { docs } = await payload.find({
      collection: 'articles',
      ...PUBLIC,
      where,
      select: { slug: true, title: true, updatedAt: true },
      sort: 'id',
      limit,
      pagination: false,
    })
    return docs.map((doc) => ({
      path: `/articles/${doc.slug}`,
      title: doc.title,
      updatedAt: doc.updatedAt,
    }))
  }
  const { docs } = await payload.find({
    collection: 'events',
    ...PUBLIC,
    where,
    select: { slug: true, name: true, updatedAt: true },
    sort: 'id',
    limit,
    pagination: false,
  })
  return docs.map((doc) => ({
    path: `/events/${doc.slug}`,
    title: doc.name,
    updatedAt: doc.updatedAt,
  }))
}

/** How many entries the feed shows, and so how many rows of each collection it reads. */
export const FEED_LENGTH = 50

/**
 * The feed's entries: the `limit` most recently changed articles and events. Reads `limit`
 * rows of each (an index range scan each), never the whole corpus.
 */
export async function listRecentChanges(limit: number): Promise<RecentChange[]> {
  await tagPage(TAGS.articles, TAGS.events)
  const payload = await getPayloadClient()
  const [articles, events] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...PUBLIC,
      select: { slug: true, title: true, summary: true, createdAt: true, updatedAt: true },
      sort: ['-updatedAt', '-id'],
      limit,
      pagination: false,
    }),
    payload.find({
      collection: 'events',
      ...PUBLIC,
      select: {
        slug: true,
        name: true,
        type: true,
        startDate: true,
        endDate: true,
        datePrecision: true,
        location: true,
        createdAt: true,
        updatedAt: true,
      },
      sort: ['-updatedAt', '-id'],
      limit,
      pagination: false,
    }),
  ])
  const changes: RecentChange[] = [
    ...articles.docs.map((doc) => ({
      collection: 'articles' as const,
      updatedAt: doc.updatedAt,
      doc,
    })),
    ...events.docs.map((doc) => ({ collection: 'events' as const, updatedAt: doc.updatedAt, doc })),
  ]
  return changes.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit)
}
