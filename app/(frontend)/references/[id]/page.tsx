import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FormattedReference } from '@/components/article/FormattedReference'
import { WhatLinksHere } from '@/components/reference/WhatLinksHere'
import { referenceIdParam } from '@/lib/format/citation'
import { getReferenceView } from '@/lib/view/reference'

type Props = { params: Promise<{ id: string }> }

// Rendered on first request and kept until a publish revalidates it.
export const dynamicParams = true

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = referenceIdParam((await params).id)
  const view = id ? await getReferenceView(id) : null
  if (!view) return {}
  return {
    title: `Source: ${view.title}`,
    description: view.segments.map((segment) => segment.text).join(''),
    alternates: { canonical: `/references/${view.id}` },
  }
}

export default async function ReferencePageView({ params }: Props) {
  const id = referenceIdParam((await params).id)
  const view = id ? await getReferenceView(id) : null
  if (!view) notFound()

  return (
    <article className="page reference">
      <header className="article-header">
        <h1>{view.title}</h1>
        <p className="short-description">Source cited by Annals · {view.typeLabel}</p>
      </header>

      <section aria-labelledby="citation">
        <h2 id="citation">Citation</h2>
        <p className="formatted-reference">
          <cite>
            <FormattedReference segments={view.segments} />
          </cite>
        </p>
        <p className="downloads">
          Download:{' '}
          <a href={`/references/${view.id}/bibtex`} download={`annals-reference-${view.id}.bib`}>
            BibTeX
          </a>
          {' · '}
          <a href={`/references/${view.id}/csl-json`} download={`annals-reference-${view.id}.json`}>
            CSL-JSON
          </a>
        </p>
      </section>

      <section aria-labelledby="status">
        <h2 id="status">Link status</h2>
        {view.linkStatus ? (
          <p>
            Link checker: <strong>{view.linkStatus}</strong>
          </p>
        ) : view.url ? (
          <p>The link checker has not checked this address yet.</p>
        ) : (
          <p>No address is recorded for this source.</p>
        )}
        <div className="table-scroll">
          <table className="data-table status-history">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Status</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {view.history.map((entry, index) => (
                <tr key={`${entry.status}-${entry.dateText}-${index}`}>
                  <td>
                    {entry.isoDate ? (
                      <time dateTime={entry.isoDate}>{entry.dateText}</time>
                    ) : (
                      entry.dateText
                    )}
                  </td>
                  <th scope="row">{entry.status}</th>
                  <td>{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="what-links-here">
        <h2 id="what-links-here">Pages citing this source</h2>
        <WhatLinksHere citing={view.citing} more={view.more} />
      </section>
    </article>
  )
}
