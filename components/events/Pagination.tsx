import Link from 'next/link'

type Props = {
  page: number
  totalPages: number
  /** The address of a page, keeping whatever else the list was filtered by. */
  hrefFor: (page: number) => string
  label: string
}

export function Pagination({ page, totalPages, hrefFor, label }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  )
}
