import Link from 'next/link'

import type { ArticleCard as ArticleCardData } from '@/lib/queries/cards'

type CardArticle = Pick<ArticleCardData, 'slug' | 'title' | 'shortDescription'> &
  Partial<Pick<ArticleCardData, 'summary'>>

/**
 * An article as a card: title, short description and summary (when given), then whatever a
 * list adds (the home page's dates).
 */
export function ArticleCard({
  article,
  children,
}: {
  article: CardArticle
  children?: React.ReactNode
}) {
  return (
    <>
      <Link href={`/articles/${article.slug}`} className="card-title">
        {article.title}
      </Link>
      {article.shortDescription ? (
        <span className="short-description">{article.shortDescription}</span>
      ) : null}
      {article.summary ? <p>{article.summary}</p> : null}
      {children}
    </>
  )
}

/** A list of article cards, as on an article's related articles and an event's articles. */
export function ArticleCardList({
  articles,
  className = 'cards',
}: {
  articles: ArticleCardData[]
  className?: string
}) {
  return (
    <ul className={className}>
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} />
        </li>
      ))}
    </ul>
  )
}
