import type { Metadata } from 'next'
import Link from 'next/link'

import { SearchForm } from '@/components/search/SearchForm'
import { SearchResultList } from '@/components/search/SearchResultList'
import { searchHref } from '@/components/search/searchHref'
import { Pagination } from '@/components/ui/Pagination'
import { normalizeQuery, SEARCH_PAGE_SIZE, searchSite } from '@/lib/queries/search'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normalizeQuery(first((await searchParams).q))
  if (!query) return { title: 'Search' }
  // Result pages are endless and change with every publish: not for search engines' indexes.
  return { title: `Search results for "${query}"`, robots: { index: false, follow: true } }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const { query, results, total, capped, page, pageCount } = await searchSite({
    query: first(params.q),
    page: first(params.page),
  })

  return (
    <div className="search-page">
      <h1>{query ? <>Search results for “{query}”</> : 'Search'}</h1>
      <SearchForm id="search-page-q" label="Search again" defaultValue={query} size="large" />

      {!query ? (
        <p className="search-empty">
          Search the articles and events of Annals by title, name, place or any word of their text.
        </p>
      ) : total === 0 ? (
        <div className="search-empty">
          <p>
            <strong>No results for “{query}”.</strong>
          </p>
          <ul>
            <li>Check the spelling, or try fewer or more general words.</li>
            <li>
              Browse <Link href="/">all articles</Link> instead.
            </li>
          </ul>
        </div>
      ) : results.length === 0 ? (
        <p className="search-empty">
          There is no page {page} of results for “{query}”.{' '}
          <Link href={searchHref(query)}>See the first page</Link>.
        </p>
      ) : (
        <>
          <p className="search-summary" role="status">
            {/* Beyond the candidates search ranks, the count would cost a scan of every match. */}
            {capped ? `More than ${total} results` : plural(total, 'result')}
            {pageCount > 1
              ? ` — showing ${(page - 1) * SEARCH_PAGE_SIZE + 1}–${(page - 1) * SEARCH_PAGE_SIZE + results.length}`
              : ''}
          </p>
          <SearchResultList results={results} firstNumber={(page - 1) * SEARCH_PAGE_SIZE + 1} />
          <Pagination
            page={page}
            pageCount={pageCount}
            hrefFor={(target) => searchHref(query, target)}
            label="Search results pages"
          />
        </>
      )}
    </div>
  )
}
