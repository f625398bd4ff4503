import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleBody } from '@/components/article/ArticleBody'
import { ArticleCardList } from '@/components/article/ArticleCard'
import { CiteThisPage } from '@/components/article/CiteThisPage'
import { CuratedRelated } from '@/components/article/CuratedRelated'
import { Infobox } from '@/components/article/Infobox'
import { ReactionList } from '@/components/article/ReactionList'
import { ReferenceList } from '@/components/article/ReferenceList'
import { JsonLd } from '@/components/seo/JsonLd'
import { formatDate, isoDay } from '@/lib/format/date'
import { articleJsonLd } from '@/lib/view/jsonLd'
import { findRenamedArticleSlug, listArticleSlugs } from '@/lib/queries/articles'
import { getArticleView, relatedHeading } from '@/lib/view/article'

type Props = { params: Promise<{ slug: string }> }

// Rendered once and kept until a publish revalidates it; new slugs render on first request.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await listArticleSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getArticleView((await params).slug)
  if (!view) return {}
  const { title, slug, summary, shortDescription, createdAt, updatedAt } = view.page.article
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
      publishedTime: createdAt,
      modifiedTime: updatedAt,
      images: view.page.image?.url
        ? [{ url: view.page.image.url, alt: view.page.image.alt }]
        : undefined,
    },
  }
}

export default async function ArticlePageView({ params }: Props) {
  const { slug } = await params
  const view = await getArticleView(slug)
  if (!view) {
    const renamed = await findRenamedArticleSlug(slug)
    if (renamed) permanentRedirect(`/articles/${renamed}`)
    notFound()
  }
  const { page, facts, reactions, sections, references, further } = view
  const { article, seeAlso, related } = page

  return (
    <article className="page article">
      <JsonLd data={articleJsonLd(view)} />
      <header className="article-header">
        <h1>{view.title}</h1>
        {view.shortDescription ? (
          <p className="short-description">{view.shortDescription}</p>
        ) : null}
      </header>

      {facts ? <Infobox facts={facts} /> : null}

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

      {view.body ? <ArticleBody body={view.body} citations={view.bodyCitations} /> : null}

      {reactions.length ? (
        <section aria-labelledby="reactions">
          <h2 id="reactions">Reactions</h2>
          <ReactionList reactions={reactions} layout="list" />
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

      <CuratedRelated articles={page.curated} />

      {related.length ? (
        <section aria-labelledby="related">
          <h2 id="related">{relatedHeading(page)}</h2>
          <ArticleCardList articles={related} className="cards related" />
        </section>
      ) : null}

      {references.length || further.length ? (
        <section aria-labelledby="references">
          <h2 id="references">References</h2>
          <ReferenceList cited={references} further={further} />
        </section>
      ) : null}

      <CiteThisPage citations={view.citeThisPage} />

      <footer className="article-footer">
        Last updated{' '}
        <time dateTime={isoDay(article.updatedAt)}>{formatDate(article.updatedAt)}</time>
        {' · '}
        <Link href={`/articles/${article.slug}/history`}>View history</Link>
      </footer>
    </article>
  )
}
