import Link from 'next/link'

import { ArticleCardList } from '@/components/article/ArticleCard'
import { EVENT_TYPE_LABELS } from '@/lib/vocabulary'
import { formatDateRange, isoDay } from '@/lib/format/date'
import type { PlaceView } from '@/lib/view/place'

import { EventsMap } from './EventsMap'
import { YearChart } from './YearChart'

/** `/places/<country>` and `/places/<country>/<region>`: where, then when, then what was written. */
export function PlacePage({ view }: { view: PlaceView }) {
  const listHref = `/events?${new URLSearchParams({ place: view.filter })}`
  const mapHref = `/events/map?${new URLSearchParams({ place: view.filter })}`
  return (
    <article className="page place">
      <header className="article-header">
        <h1>{view.name}</h1>
        <p className="short-description">
          {view.place.region ? (
            <>
              Region of <Link href={`/places/${view.place.countrySlug}`}>{view.place.country}</Link>{' '}
              ·{' '}
            </>
          ) : null}
          {view.totalEvents.toLocaleString('en')} {view.totalEvents === 1 ? 'event' : 'events'} ·{' '}
          <Link href={mapHref}>on the map of all events</Link>
        </p>
      </header>

      {view.map ? <EventsMap map={view.map} id="place-map" /> : null}

      <section aria-labelledby="over-time">
        <h2 id="over-time">Events over time</h2>
        <YearChart chart={view.chart} id="place-years" />
        <ol className="place-events">
          {view.events.map((event) => (
            <li key={event.id}>
              <time dateTime={isoDay(event.startDate)}>
                {formatDateRange(event.startDate, event.endDate, event.datePrecision)}
              </time>
              {': '}
              <Link href={`/events/${event.slug}`}>{event.name}</Link> (
              {EVENT_TYPE_LABELS[event.type]})
            </li>
          ))}
        </ol>
        {view.totalEvents > view.events.length ? (
          <p>
            <Link href={listHref}>
              All {view.totalEvents.toLocaleString('en')} events in {view.name}
            </Link>
          </p>
        ) : null}
      </section>

      {view.regions.length ? (
        <section aria-labelledby="regions">
          <h2 id="regions">Regions</h2>
          <ul>
            {view.regions.map((region) => (
              <li key={region.href}>
                <Link href={region.href}>{region.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.articles.length ? (
        <section aria-labelledby="articles">
          <h2 id="articles">Articles about events in {view.name}</h2>
          <ArticleCardList articles={view.articles} />
        </section>
      ) : null}
    </article>
  )
}
