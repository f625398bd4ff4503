import Link from 'next/link'

import { getCuratedRelated } from '@/lib/queries/curatedRelated'

/**
 * "Related articles" as the article's editors chose and ordered them (as the reference page
 * lists its own), shown beside the list the site computes.
 */
export async function CuratedRelated({ articleId }: { articleId: number }) {
  const related = await getCuratedRelated(articleId)
  if (!related.length) return null
  return (
    <section aria-labelledby="curated-related">
      <h2 id="curated-related">Related articles</h2>
      <ol className="cards related curated-related">
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
      </ol>
    </section>
  )
}
