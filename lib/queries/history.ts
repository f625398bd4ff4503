import { cache } from 'react'

import { TAGS, tagPage } from '@/lib/freshness'
import { getPayloadClient } from '@/lib/payload'

import { PUBLIC } from './readOptions'

export type Revision = { id: string; publishedAt: string; author: string; summary: string }

/**
 * The published revisions of an article, newest first, as readers may see them: the access
 * rules give anonymous readers published versions only.
 */
export const getArticleHistory = cache(async (slug: string) => {
  const payload = await getPayloadClient()
  const article = (
    await payload.find({
      collection: 'articles',
      ...PUBLIC,
      where: { slug: { equals: slug } },
      select: { title: true, slug: true },
      limit: 1,
    })
  ).docs[0]
  await tagPage(TAGS.articleSlug(slug), article && TAGS.article(article.id))
  if (!article) return null
  const { docs } = await payload.findVersions({
    collection: 'articles',
    ...PUBLIC,
    where: {
      and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'published' } }],
    },
    sort: '-updatedAt',
    pagination: false,
  })
  const revisions: Revision[] = docs.map((version) => {
    const fields = version.version as { changeSummary?: null | string; authorName?: null | string }
    return {
      id: String(version.id),
      publishedAt: version.updatedAt,
      author: fields.authorName || 'Annals staff',
      summary: fields.changeSummary || '',
    }
  })
  return { article, revisions }
})
