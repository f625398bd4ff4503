import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { TAGS } from '@/lib/cacheTags'
import { announceChange, touchesReaders, type Change } from '@/lib/revalidate'
import { idOf } from '@/lib/relationId'

const ids = (values: Article['seeAlso'] | Article['relatedArticles']) =>
  (values ?? []).map((value) => idOf(value))

/**
 * What readers see of an article: its page and history (also under a former slug), its card
 * in the lists and on its event's page, and the articles it lists under "See also" (their
 * related articles). Pages showing it as a related article carry its own tag.
 */
const articleChange = (article: Article, previous?: Article): Change => ({
  tags: [
    TAGS.articles,
    TAGS.article(article.id),
    TAGS.articleSlug(article.slug),
    previous?.slug && TAGS.articleSlug(previous.slug),
    ...[idOf(article.event), idOf(previous?.event)].map((id) => id && TAGS.eventArticles(id)),
    ...[
      ...ids(article.seeAlso),
      ...ids(previous?.seeAlso),
      ...ids(article.relatedArticles),
      ...ids(previous?.relatedArticles),
    ].map((id) => id && TAGS.linkedFrom(id)),
  ].filter((tag): tag is string => Boolean(tag)),
})

/**
 * A publish (or unpublish) re-renders the pages that show the article. Saving a draft changes
 * nothing readers see, so it re-renders nothing.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (touchesReaders({ doc, previousDoc, context: req.context })) {
    await announceChange(req, articleChange(doc, previousDoc))
  }
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = async ({
  doc,
  req,
}) => {
  if (touchesReaders({ doc, context: req.context })) await announceChange(req, articleChange(doc))
  return doc
}
