import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleCardList } from '@/components/article/ArticleCard'
import { Cite } from '@/components/article/Cite'
import { EventFacts } from '@/components/article/EventFacts'
import { FigureHistory } from '@/components/article/FigureHistory'
import { ReactionList } from '@/components/article/ReactionList'
import { ReferenceList } from '@/components/article/ReferenceList'
import { LocationMap } from '@/components/maps/LocationMap'
import { JsonLd } from '@/components/seo/JsonLd'
import { formatDate } from '@/lib/format/date'
import { findRenamedEventSlug, listEventSlugs } from '@/lib/queries/events'
import { eventDescription, eventJsonLd } from '@/lib/view/jsonLd'
import { getEventView } from '@/lib/view/event'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return (await listEventSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getEventView((await params).slug)
  if (!view) return {}
  const { event } = view.data
  const description = eventDescription(view.facts)
  return {
    title: event.name,
    description,
    alternates: { canonical: `/events/${event.slug}` },
    openGraph: { type: 'website', title: event.name, description, url: `/events/${event.slug}` },
  }
}

export default async function EventPageView({ params }: Props) {
  const { slug } = await params
  const view = await getEventView(slug)
  if (!view) {
    const renamed = await findRenamedEventSlug(slug)
    if (renamed) permanentRedirect(`/events/${renamed}`)
    notFound()
  }
  const { facts, reactions, history, references } = view
  const { event, parts, articles } = view.data

  return (
    <article className="page event">
      <JsonLd data={eventJsonLd(view)} />
      <header className="article-header">
        <h1>{event.name}</h1>
        <p className="short-description">
          {facts.typeLabel} · <time dateTime={facts.isoStart}>{facts.dateText}</time>
          {facts.place ? ` · ${facts.place}` : ''}
        </p>
      </header>

      <div className="event-summary">
        <table className="facts">
          <caption className="visually-hidden">Facts</caption>
          <tbody>
            <EventFacts facts={facts} variant="page" />
          </tbody>
        </table>
        {facts.map ? <LocationMap map={facts.map} id="event-map" /> : null}
      </div>

      {facts.figures.length ? (
        <section aria-labelledby="figures">
          <h2 id="figures">Figures by source</h2>
          <div className="table-scroll">
            <table className="data-table figures-by-source">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Number</th>
                  <th scope="col">According to</th>
                  <th scope="col">As of</th>
                </tr>
              </thead>
              <tbody>
                {facts.figures.flatMap((group) =>
                  group.claims.map((claim) => (
                    <tr key={claim.key}>
                      <th scope="row">{group.label}</th>
                      <td>{claim.value}</td>
                      <td>
                        {claim.claimedBy}
                        <Cite mark={claim.citation} />
                      </td>
                      <td>{claim.asOf ?? '—'}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {history.length ? (
        <section aria-labelledby="figures-over-time">
          <h2 id="figures-over-time">Figures over time</h2>
          <FigureHistory histories={history} />
        </section>
      ) : null}

      {reactions.length ? (
        <section aria-labelledby="reactions">
          <h2 id="reactions">Reactions</h2>
          <ReactionList reactions={reactions} layout="table" />
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
          <ArticleCardList articles={articles} />
        </section>
      ) : null}

      {references.length ? (
        <section aria-labelledby="references">
          <h2 id="references">References</h2>
          <ReferenceList cited={references} further={[]} />
        </section>
      ) : null}
    </article>
  )
}
