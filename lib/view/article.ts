import { cache } from 'react'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { headingsOf, isEditorState } from './headings'
import {
  bodyCitations,
  citationRegistry,
  rowCitations,
  type CitationMark,
  type NumberedReference,
} from '@/lib/citations'
import { citeThisPage, type PageCitation } from '@/lib/format/citation'
import { getArticlePage, type ArticlePage } from '@/lib/queries/articles'
import type { Reference } from '@/payload-types'
import { idOf } from '@/lib/relationId'
import { absoluteUrl } from '@/lib/siteUrl'

import { eventFactsView, reactionViews, type EventFactsView, type ReactionView } from './eventFacts'

/** The computed list's heading: "More related articles" after a curated list. */
export const relatedHeading = (page: Pick<ArticlePage, 'curated'>) =>
  page.curated.length ? 'More related articles' : 'Related articles'

export type ArticleView = {
  page: ArticlePage
  title: string
  slug: string
  shortDescription: string | null
  body: SerializedEditorState | null
  /** The marks of the body's inline citations, by the citation node's id. */
  bodyCitations: Record<string, CitationMark>
  facts: EventFactsView | null
  reactions: ReactionView[]
  sections: { id: string; text: string }[]
  references: NumberedReference[]
  further: Reference[]
  citeThisPage: PageCitation[]
}

/**
 * The article page, citation-numbered: the text first (so numbers follow the prose, as on
 * Wikipedia), then the reactions, then the infobox's figures and perpetrators.
 */
export const articleView = (page: ArticlePage, url: string): ArticleView => {
  const { article, event, reactions, references } = page
  // One malformed body must not take the page down: it renders without it.
  const bodyState = isEditorState(article.body) ? article.body : null
  const body = bodyCitations(bodyState)
  const citations = citationRegistry(
    [
      ...body,
      ...rowCitations('reaction', reactions),
      ...rowCitations('figure', event?.figures),
      ...rowCitations('perpetrator', event?.perpetrators),
    ],
    references,
  )
  const bodyMarks: Record<string, CitationMark> = {}
  for (const { anchor } of body) {
    const mark = citations.markAt(anchor)
    if (mark) bodyMarks[anchor] = mark
  }
  const further = page.furtherReferenceIds
    .filter((id) => !citations.cites(id))
    .map((id) => references.get(id))
    .filter((reference) => reference !== undefined)
  const hasReferences = citations.numbered.length > 0 || further.length > 0
  return {
    page,
    title: article.title,
    slug: article.slug,
    shortDescription: article.shortDescription ?? null,
    body: bodyState,
    bodyCitations: bodyMarks,
    facts: event
      ? eventFactsView({
          event,
          partOf: page.partOf,
          victimsArticle: page.victimsArticle,
          image: page.image,
          victimsFlag: page.victimsFlag,
          citations,
          locationSource: references.get(idOf(event.location?.reference) ?? -1) ?? null,
        })
      : null,
    reactions: reactionViews(reactions, citations),
    sections: [
      ...headingsOf(bodyState).filter((heading) => heading.level === 'h2'),
      ...(reactions.length ? [{ id: 'reactions', text: 'Reactions' }] : []),
      ...(page.seeAlso.length ? [{ id: 'see-also', text: 'See also' }] : []),
      ...(page.curated.length ? [{ id: 'curated-related', text: 'Related articles' }] : []),
      ...(page.related.length ? [{ id: 'related', text: relatedHeading(page) }] : []),
      ...(hasReferences ? [{ id: 'references', text: 'References' }] : []),
      { id: 'cite-this-page', text: 'Cite this page' },
    ],
    references: citations.numbered,
    further,
    citeThisPage: citeThisPage({
      title: article.title,
      slug: article.slug,
      publishedAt: article.createdAt,
      updatedAt: article.updatedAt,
      url,
    }),
  }
}

export const getArticleView = cache(async (slug: string): Promise<ArticleView | null> => {
  const page = await getArticlePage(slug)
  return page ? articleView(page, absoluteUrl(`/articles/${page.article.slug}`)) : null
})
