import type { Metadata } from 'next'
import Link from 'next/link'

import { Pagination } from '@/components/ui/Pagination'
import { listArticlesPage } from '@/lib/queries/home'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const pageOf = (value: string | string[] | undefined) => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 1 ? page : 1
}

const hrefFor = (page: number) => (page > 1 ? `/articles?page=${page}` : '/articles')

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = pageOf((await searchParams).page)
  return {
    title: page > 1 ? `All articles, page ${page}` : 'All articles',
    description: 'Every article of Annals, A to Z.',
    alternates: { canonical: hrefFor(page) },
  }
}

/** Every article, A to Z, a page at a time. */
export default async function ArticlesIndexPage({ searchParams }: Props) {
  const requested = pageOf((await searchParams).page)
  const { articles, page, pageCount, total } = await listArticlesPage(requested)
  return (
    <div className="page articles-index">
      <h1>All articles</h1>
      <p className="result-count" role="status">
        {total === 0
          ? 'No articles have been published yet.'
          : `${total.toLocaleString('en')} ${total === 1 ? 'article' : 'articles'}, A to Z.`}
      </p>
      {articles.length === 0 && total > 0 ? (
        <p>
          There is no page {requested}. <Link href="/articles">See the first page</Link>.
        </p>
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
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} label="Article pages" />
    </div>
  )
}
