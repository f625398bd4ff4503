import Link from 'next/link'

import { formatDate } from '@/lib/format/date'
import type { SearchResult, SnippetPart } from '@/lib/queries/search'

import './search.css'

function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="search-result__snippet">
      {parts.map((part, index) =>
        part.highlighted ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  )
}

type Props = { results: SearchResult[]; firstNumber: number }

export function SearchResultList({ results, firstNumber }: Props) {
  return (
    <ol className="search-results" start={firstNumber}>
      {results.map((result) => (
        <li key={result.url} className="search-result">
          <p className="search-result__meta">
            <span className={`search-result__kind search-result__kind--${result.kind}`}>
              {result.kind === 'article' ? 'Article' : 'Event'}
            </span>
            {result.date ? (
              <time dateTime={result.date.slice(0, 10)}>
                {formatDate(result.date, result.datePrecision)}
              </time>
            ) : null}
          </p>
          <h2 className="search-result__title">
            <Link href={result.url}>{result.title}</Link>
          </h2>
          {result.shortDescription ? (
            <p className="search-result__description">{result.shortDescription}</p>
          ) : null}
          {result.snippet.length ? <Snippet parts={result.snippet} /> : null}
        </li>
      ))}
    </ol>
  )
}
