import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleBody, headingsOf } from '@/components/article/ArticleBody'
import { CuratedRelated } from '@/components/article/CuratedRelated'
import { makeCiteLookup } from '@/components/article/Cite'
import { Infobox } from '@/components/article/Infobox'
import { Reactions } from '@/components/article/Reactions'
import { ReferenceList } from '@/components/article/ReferenceList'
import { JsonLd } from '@/components/seo/JsonLd'
import { findCitations, numberCitations, rowCitations, type CitationUse } from '@/lib/citations'
import { formatDate, isoDay } from '@/lib/format/date'
import { articleJsonLd } from '@/lib/seo'
import {
  findRenamedArticleSlug,
  getArticlePage,
  listArticleSlugs,
  type ArticlePage,
} from '@/lib/queries/articles'

type Props = { params: Promise<{ slug: string }> }

// Rendered once and kept until a publish revalidates it; new slugs render on first request.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await listArticleSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getArticlePage((await params).slug)
  if (!page) return {}
  const { title, slug, summary, shortDescription, updatedAt } = page.article
  const description = summary ?? shortDescription ?? undefined
  return {
    title,
    description,
    alternates: { canonical: `/articles/${slug}` },
    openGraph: {
      type: 'article',
      title,
      description,
      url: `/articles/${slug}`,
      siteName: 'Annals',
      modifiedTime: updatedAt,
    },
  }
}

/**
 * Every place the page cites a source, in the order that numbers them: the text first (so
 * the numbering follows the prose, as on Wikipedia), then reactions, then the infobox.
 */
const citationUses = ({ article, reactions, event }: ArticlePage): CitationUse[] => [
  ...findCitations(article.body).map(({ id, referenceId }) => ({ anchor: id, referenceId })),
  ...rowCitations('reaction', reactions),
  ...rowCitations('figure', event?.figures),
  ...rowCitations('perpetrator', event?.perpetrators),
]

export default async function ArticlePageView({ params }: Props) {
  const { slug } = await params
  const page = await getArticlePage(slug)
  if (!page) {
    const renamed = await findRenamedArticleSlug(slug)
    if (renamed) permanentRedirect(`/articles/${renamed}`)
    notFound()
  }
  const { article, event, reactions, seeAlso, related, references } = page

  // Citations of unpublished references are dropped before numbering, so numbers never skip.
  const index = numberCitations(citationUses(page).filter((use) => references.has(use.referenceId)))
  const cite = makeCiteLookup(index.numberOf, references)
  const cited = index.order.map((id) => references.get(id)!)
  const further = page.furtherReferenceIds
    .filter((id) => index.numberOf(id) === undefined)
    .map((id) => references.get(id))
    .filter((reference) => reference !== undefined)

  const sections = [
    ...headingsOf(article.body).filter((heading) => heading.level === 'h2'),
    ...(reactions.length ? [{ id: 'reactions', text: 'Reactions' }] : []),
    ...(seeAlso.length ? [{ id: 'see-also', text: 'See also' }] : []),
    ...(related.length ? [{ id: 'related', text: 'Related articles' }] : []),
    ...(cited.length || further.length ? [{ id: 'references', text: 'References' }] : []),
  ]

  return (
    <article className="page article">
      <JsonLd data={articleJsonLd(page)} />
      <header className="article-header">
        <h1>{article.title}</h1>
        {article.shortDescription ? (
          <p className="short-description">{article.shortDescription}</p>
        ) : null}
      </header>

      {event ? (
        <Infobox
          title={event.name}
          event={event}
          partOf={page.partOf}
          victimsArticle={page.victimsArticle}
          image={page.image}
          victimsFlag={page.victimsFlag}
          cite={cite}
        />
      ) : null}

      {sections.length > 1 ? (
        <nav className="toc" aria-labelledby="toc-title">
          <h2 id="toc-title">Contents</h2>
          <ol>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      {article.body ? <ArticleBody body={article.body} cite={cite} /> : null}

      {reactions.length ? (
        <section aria-labelledby="reactions">
          <h2 id="reactions">Reactions</h2>
          <Reactions reactions={reactions} cite={cite} />
        </section>
      ) : null}

      {seeAlso.length ? (
        <section aria-labelledby="see-also">
          <h2 id="see-also">See also</h2>
          <ul className="see-also">
            {seeAlso.map((other) => (
              <li key={other.id}>
                <Link href={`/articles/${other.slug}`}>{other.title}</Link>
                {other.shortDescription ? ` — ${other.shortDescription}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CuratedRelated articleId={article.id} />
      {related.length ? (
        <section aria-labelledby="related">
          <h2 id="related">Related articles</h2>
          <ul className="cards related">
            {related.map((other) => (
              <li key={other.id}>
                <Link href={`/articles/${other.slug}`} className="card-title">
                  {other.title}
                </Link>
                {other.shortDescription ? (
                  <span className="short-description">{other.shortDescription}</span>
                ) : null}
                {other.summary ? <p>{other.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {cited.length || further.length ? (
        <section aria-labelledby="references">
          <h2 id="references">References</h2>
          <ReferenceList cited={cited} anchorsOf={index.anchorsOf} further={further} />
        </section>
      ) : null}

      <footer className="article-footer">
        Last updated{' '}
        <time dateTime={isoDay(article.updatedAt)}>{formatDate(article.updatedAt)}</time>
        {' · '}
        <Link href={`/articles/${article.slug}/history`}>View history</Link>
      </footer>
    </article>
  )
}
