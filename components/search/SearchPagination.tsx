import Link from 'next/link'

import './search.css'

type Props = { query: string; page: number; pageCount: number }

export const searchHref = (query: string, page = 1) =>
  `/search?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query })}`

/** Pages around the current one, with the first and last always reachable. */
const pagesToShow = (page: number, pageCount: number): (number | 'gap')[] => {
  const pages = new Set(
    [1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount),
  )
  const sorted = [...pages].sort((a, b) => a - b)
  return sorted.flatMap((n, index) =>
    index > 0 && n - sorted[index - 1] > 1 ? ['gap' as const, n] : [n],
  )
}

export function SearchPagination({ query, page, pageCount }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav className="search-pagination" aria-label="Search results pages">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={searchHref(query, page - 1)} rel="prev">
              ← Previous<span className="search-visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        {pagesToShow(page, pageCount).map((n, index) =>
          n === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">
                  <span className="search-visually-hidden">Page </span>
                  {n}
                </span>
              ) : (
                <Link href={searchHref(query, n)}>
                  <span className="search-visually-hidden">Page </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={searchHref(query, page + 1)} rel="next">
              Next<span className="search-visually-hidden"> page</span> →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
