import Link from 'next/link'

import type { ArticleCard as ArticleCardData } from '@/lib/queries/articles'

/** An article as a card: title, short description and summary. */
export function ArticleCard({ article }: { article: ArticleCardData }) {
  return (
    <>
      <Link href={`/articles/${article.slug}`} className="card-title">
        {article.title}
      </Link>
      {article.shortDescription ? (
        <span className="short-description">{article.shortDescription}</span>
      ) : null}
      {article.summary ? <p>{article.summary}</p> : null}
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
