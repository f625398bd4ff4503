import type { ArticleCard as ArticleCardData } from '@/lib/queries/cards'

import { ArticleCard } from './ArticleCard'

/**
 * "Related articles" as the article's editors chose and ordered them (as the reference page
 * lists its own), shown beside the list the site computes.
 */
export function CuratedRelated({ articles }: { articles: ArticleCardData[] }) {
  if (!articles.length) return null
  return (
    <section aria-labelledby="curated-related">
      <h2 id="curated-related">Related articles</h2>
      <ol className="cards related curated-related">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
    </section>
  )
}
