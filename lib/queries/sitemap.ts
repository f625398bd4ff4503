import { TAGS, tagPage } from '@/lib/cacheTags'
import { getPayloadClient } from '@/lib/payload'

import { PUBLIC } from './readOptions'

export type PublishedPage = {
  path: string
  title: string
  updatedAt: string
  summary?: null | string
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
      select: { slug: true, title: true, summary: true, updatedAt: true },
      sort: '-updatedAt',
    }),
    payload.find({
      collection: 'events',
      ...PUBLIC,
      pagination: false,
      select: { slug: true, name: true, updatedAt: true },
      sort: '-updatedAt',
    }),
  ])
  return [
    ...articles.docs.map((article) => ({
      path: `/articles/${article.slug}`,
      title: article.title,
      summary: article.summary,
      updatedAt: article.updatedAt,
    })),
    ...events.docs.map((event) => ({
      path: `/events/${event.slug}`,
      title: event.name,
      updatedAt: event.updatedAt,
    })),
  ].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}
