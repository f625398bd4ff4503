import { cache } from 'react'

import type { Article } from '@/payload-types'
import { TAGS, tagPage } from '@/lib/cacheTags'
import { getPayloadClient } from '@/lib/payload'
import { idOf } from '@/lib/relationId'

import { readOptions } from './readOptions'

export type CuratedRelatedArticle = Pick<
  Article,
  'id' | 'title' | 'slug' | 'shortDescription' | 'summary'
>

/**
 * An article's curated related articles, in the order its editors gave them; unpublished ones
 * are left out (readers never see them), the rest keep their places.
 */
export const getCuratedRelated = cache(
  async (articleId: number): Promise<CuratedRelatedArticle[]> => {
    const payload = await getPayloadClient()
    const read = await readOptions()
    const { docs: found } = await payload.find({
      collection: 'articles',
      ...read,
      where: { id: { equals: articleId } },
      select: { relatedArticles: true },
      limit: 1,
    })
    const ids = (found[0]?.relatedArticles ?? []).map(idOf).filter((id) => id !== undefined)
    if (!ids.length) return []
    const { docs } = await payload.find({
      collection: 'articles',
      ...read,
      where: { id: { in: ids } },
      select: { title: true, slug: true, shortDescription: true, summary: true },
      pagination: false,
    })
    await tagPage(TAGS.articles, ...docs.map((doc) => TAGS.article(doc.id)))
    const byId = new Map(docs.map((doc) => [doc.id, doc]))
    return ids.map((id) => byId.get(id)).filter((doc) => doc !== undefined)
  },
)
