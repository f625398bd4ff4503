import Link from 'next/link'

import { listArticles } from '@/lib/queries/articles'

export default async function HomePage() {
  const articles = await listArticles()
  return (
    <div className="page home">
      <h1>Articles</h1>
      {articles.length === 0 ? (
        <p>No articles have been published yet.</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link>
              {article.shortDescription ? (
                <span className="short-description"> — {article.shortDescription}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
