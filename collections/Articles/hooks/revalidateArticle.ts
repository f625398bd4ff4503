import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import {
  articlePaths,
  eventPaths,
  LIST_PATHS,
  revalidatePaths,
  touchesReaders,
} from '@/lib/revalidate'

const pagesShowing = async (
  article: Article,
  payload: Parameters<CollectionAfterDeleteHook>[0]['req']['payload'],
) => {
  const eventId = typeof article.event === 'object' ? article.event?.id : article.event
  return [
    `/articles/${article.slug}`,
    `/articles/${article.slug}/history`,
    ...LIST_PATHS,
    ...(eventId ? [`/events`, ...(await eventPaths(payload, eventId))] : []),
    // Articles that list this one under "See also" or "Related articles" show its title.
    ...(await articlePaths(payload, {
      or: [{ seeAlso: { equals: article.id } }, { relatedArticles: { equals: article.id } }],
    })),
  ]
}

/**
 * A publish (or unpublish) re-renders the pages that show the article: itself and its
 * history, the lists, its event's pages, and articles linking to it. Saving a draft changes
 * nothing readers see, so it re-renders nothing.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req: { payload, context },
}) => {
  if (!touchesReaders({ doc, previousDoc, context })) return doc
  const paths = await pagesShowing(doc, payload)
  // A new slug leaves the old URL to redirect.
  if (previousDoc?.slug && previousDoc.slug !== doc.slug)
    paths.push(`/articles/${previousDoc.slug}`)
  revalidatePaths(paths, context)
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = async ({
  doc,
  req: { payload, context },
}) => {
  if (touchesReaders({ doc, context })) {
    revalidatePaths(await pagesShowing(doc, payload), context)
  }
  return doc
}
