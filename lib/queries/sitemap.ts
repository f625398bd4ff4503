import { TAGS, tagPage } from '@/lib/cacheTags'
import { eventSummary } from '@/lib/format/atom'
import { getPayloadClient } from '@/lib/payload'

import { PUBLIC } from './readOptions'

export type PublishedPage = {
  path: string
  title: string
  updatedAt: string
  summary?: null | string
  /** When the page first appeared: the feed's `published`. */
  publishedAt?: null | string
}

/** Every published article and event, newest change first: the sitemap's and feed's source. */
export async function listPublishedPages(): Promise<PublishedPage[]> {
  await tagPage(TAGS.articles, TAGS.events)
  const payload = await getPayloadClient()
  const [articles, events] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...PUBLIC,
      pagination: false,
      select: { slug: true, title: true, summary: true, createdAt: true, updatedAt: true },
      sort: '-updatedAt',
    }),
    payload.find({
      collection: 'events',
      ...PUBLIC,
      pagination: false,
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
      sort: '-updatedAt',
    }),
  ])
  return [
    ...articles.docs.map((article) => ({
      path: `/articles/${article.slug}`,
      title: article.title,
      summary: article.summary,
      publishedAt: article.createdAt,
      updatedAt: article.updatedAt,
    })),
    ...events.docs.map((event) => ({
      path: `/events/${event.slug}`,
      title: event.name,
      summary: eventSummary(event),
      publishedAt: event.createdAt,
      updatedAt: event.updatedAt,
    })),
  ].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}
