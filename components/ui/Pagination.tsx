import Link from 'next/link'

import './pagination.css'

type Props = {
  page: number
  pageCount: number
  /** The address of a page, keeping whatever else the list was filtered by. */
  hrefFor: (page: number) => string
  /** Names the navigation landmark, e.g. "Search results pages". */
  label: string
}

/** Pages around the current one, with the first and last always reachable. */
export const pagesToShow = (page: number, pageCount: number): (number | 'gap')[] => {
  const pages = new Set(
    [1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount),
  )
  const sorted = [...pages].sort((a, b) => a - b)
  return sorted.flatMap((n, index) =>
    index > 0 && n - sorted[index - 1] > 1 ? ['gap' as const, n] : [n],
  )
}

/** Numbered pages of a long list: a handful of links whatever its length. */
export function Pagination({ page, pageCount, hrefFor, label }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav className="page-nav" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              ← Previous<span className="visually-hidden"> page</span>
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
                  <span className="visually-hidden">Page </span>
                  {n}
                </span>
              ) : (
                <Link href={hrefFor(n)}>
                  <span className="visually-hidden">Page </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span> →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
