import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { makeCiteLookup } from '@/components/article/Cite'
import { ReferenceList } from '@/components/article/ReferenceList'
import {
  ATTRIBUTION_LABELS,
  EVENT_TYPE_LABELS,
  STANCE_LABELS,
  placeOf,
} from '@/components/events/labels'
import { JsonLd } from '@/components/seo/JsonLd'
import { numberCitations, rowAnchor, rowCitations, type CitationUse } from '@/lib/citations'
import { formatDate, formatDateRange, isoDay } from '@/lib/format/date'
import { figureValue, groupFigures } from '@/lib/format/figures'
import { eventJsonLd } from '@/lib/seo'
import { getEventPage, listEventSlugs, type EventPage } from '@/lib/queries/events'
import { idOf } from '@/lib/relationId'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return (await listEventSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getEventPage((await params).slug)
  if (!page) return {}
  const { event } = page
  const description = `${EVENT_TYPE_LABELS[event.type]}, ${formatDateRange(event.startDate, event.endDate, event.datePrecision)}${placeOf(event) ? `, ${placeOf(event)}` : ''}.`
  return {
    title: event.name,
    description,
    alternates: { canonical: `/events/${event.slug}` },
    openGraph: { type: 'website', title: event.name, description, url: `/events/${event.slug}` },
  }
}

/** Sources in the order the page cites them: figures, perpetrators, reactions. */
const citationUses = ({ event, reactions }: EventPage): CitationUse[] => [
  ...rowCitations('figure', event.figures),
  ...rowCitations('perpetrator', event.perpetrators),
  ...rowCitations('reaction', reactions),
]

export default async function EventPageView({ params }: Props) {
  const page = await getEventPage((await params).slug)
  if (!page) notFound()
  const { event, partOf, parts, victimsArticle, reactions, articles, references } = page

  const index = numberCitations(citationUses(page).filter((use) => references.has(use.referenceId)))
  const cite = makeCiteLookup(index.numberOf, references)
  const cited = index.order.map((id) => references.get(id)!)
  const figures = groupFigures(event.figures)
  const place = placeOf(event)

  return (
    <article className="page event">
      <JsonLd data={eventJsonLd(page)} />
      <header className="article-header">
        <h1>{event.name}</h1>
        <p className="short-description">
          {EVENT_TYPE_LABELS[event.type]} ·{' '}
          <time dateTime={isoDay(event.startDate)}>
            {formatDateRange(event.startDate, event.endDate, event.datePrecision)}
          </time>
          {place ? ` · ${place}` : ''}
        </p>
      </header>

      <dl className="facts">
        {event.alternativeNames?.length ? (
          <>
            <dt>Also known as</dt>
            <dd>{event.alternativeNames.join('; ')}</dd>
          </>
        ) : null}
        {partOf ? (
          <>
            <dt>Part of</dt>
            <dd>
              <Link href={`/events/${partOf.slug}`}>{partOf.name}</Link>
            </dd>
          </>
        ) : null}
        {place ? (
          <>
            <dt>Location</dt>
            <dd>
              {place}
              {typeof event.location?.latitude === 'number' &&
              typeof event.location?.longitude === 'number'
                ? ` (${event.location.latitude}, ${event.location.longitude})`
                : ''}
            </dd>
          </>
        ) : null}
        {event.victims?.text ? (
          <>
            <dt>Victims</dt>
            <dd>
              {victimsArticle ? (
                <Link href={`/articles/${victimsArticle.slug}`}>{event.victims.text}</Link>
              ) : (
                event.victims.text
              )}
            </dd>
          </>
        ) : null}
      </dl>

      {figures.length ? (
        <section aria-labelledby="figures">
          <h2 id="figures">Figures by source</h2>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Number</th>
                  <th scope="col">According to</th>
                  <th scope="col">As of</th>
                </tr>
              </thead>
              <tbody>
                {figures.flatMap((group) =>
                  group.claims.map((claim, position) => (
                    <tr key={claim.id ?? `${group.kind}-${position}`}>
                      <th scope="row">{group.label}</th>
                      <td>{figureValue(claim)}</td>
                      <td>
                        {claim.claimedBy}
                        {cite(idOf(claim.reference), rowAnchor('figure', claim))}
                      </td>
                      <td>{claim.asOf ? formatDate(claim.asOf) : '—'}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {event.perpetrators?.length ? (
        <section aria-labelledby="perpetrators">
          <h2 id="perpetrators">Perpetrators</h2>
          <ul>
            {event.perpetrators.map((perpetrator, position) => (
              <li key={perpetrator.id ?? position}>
                {perpetrator.party}{' '}
                <span className="attribution">({ATTRIBUTION_LABELS[perpetrator.attribution]})</span>
                {cite(idOf(perpetrator.reference), rowAnchor('perpetrator', perpetrator))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {reactions.length ? (
        <section aria-labelledby="reactions">
          <h2 id="reactions">Reactions</h2>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Who</th>
                  <th scope="col">Date</th>
                  <th scope="col">Stance</th>
                  <th scope="col">Statement</th>
                </tr>
              </thead>
              <tbody>
                {reactions.map((reaction) => (
                  <tr key={reaction.id}>
                    <th scope="row">
                      {reaction.actor}
                      {reaction.country ? (
                        <span className="reaction-country"> ({reaction.country})</span>
                      ) : null}
                    </th>
                    <td>
                      <time dateTime={isoDay(reaction.date)}>{formatDate(reaction.date)}</time>
                    </td>
                    <td>{STANCE_LABELS[reaction.stance]}</td>
                    <td>
                      {reaction.statement}
                      {cite(idOf(reaction.reference), rowAnchor('reaction', reaction))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {parts.length ? (
        <section aria-labelledby="parts">
          <h2 id="parts">Events within it</h2>
          <ul>
            {parts.map((part) => (
              <li key={part.id}>
                <Link href={`/events/${part.slug}`}>{part.name}</Link> (
                {formatDate(part.startDate, part.datePrecision)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {articles.length ? (
        <section aria-labelledby="articles">
          <h2 id="articles">Articles about this event</h2>
          <ul className="cards">
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                {article.shortDescription ? (
                  <span className="short-description">{article.shortDescription}</span>
                ) : null}
                {article.summary ? <p>{article.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {cited.length ? (
        <section aria-labelledby="references">
          <h2 id="references">References</h2>
          <ReferenceList cited={cited} anchorsOf={index.anchorsOf} further={[]} />
        </section>
      ) : null}
    </article>
  )
}
