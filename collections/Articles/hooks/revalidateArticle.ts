import type { Article } from '@/payload-types'
import { revalidateOn, TAGS } from '@/lib/freshness'
import { idOf } from '@/lib/relationId'

const ids = (values: Article['seeAlso'] | Article['relatedArticles']) =>
  (values ?? []).map((value) => idOf(value))

/**
 * What readers see of an article: its page and history (also under a former slug), its card
 * in the lists and on its event's page, and the articles it lists under "See also" (their
 * related articles). Pages showing it as a related article carry its own tag.
 */
const articleTags = (article: Article, previous?: Article) => [
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
]

export const revalidateArticle = revalidateOn(articleTags)
