import Link from 'next/link'

import { EventFilters } from '@/components/events/EventFilters'
import { EVENT_TYPE_LABELS, placeOf } from '@/components/events/labels'
import { YearChart } from '@/components/maps/YearChart'
import { Pagination } from '@/components/ui/Pagination'
import { formatDateRange, isoDay } from '@/lib/format/date'
import { figureValue, groupFigures } from '@/lib/format/figures'
import { getEventFacets, listEvents, type EventFilters as Filters } from '@/lib/queries/events'
import { countEventsByYear } from '@/lib/queries/places'
import { placeHref } from '@/lib/view/locationMap'
import { yearChartView } from '@/lib/view/yearChart'
import type { Event } from '@/payload-types'

export type SearchParams = Record<string, string | string[] | undefined>

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Reads the filters from the query string, ignoring anything that is not a valid value. */
export const parseFilters = (params: SearchParams): Filters => {
  const year = Number(single(params.year))
  const type = single(params.type)
  const page = Number(single(params.page))
  const place = single(params.place)?.trim().slice(0, 100)
  return {
    year: Number.isInteger(year) && year > 0 && year < 10000 ? year : undefined,
    type: type && type in EVENT_TYPE_LABELS ? (type as Event['type']) : undefined,
    place: place || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

export const eventsHref = (filters: Filters, page: number) => {
  const query = new URLSearchParams()
  if (filters.year) query.set('year', String(filters.year))
  if (filters.type) query.set('type', filters.type)
  if (filters.place) query.set('place', filters.place)
  if (page > 1) query.set('page', String(page))
  const text = query.toString()
  return text ? `/events?${text}` : '/events'
}

/** The timeline of /events: one page of events, oldest first, grouped by year. */
export async function EventsTimeline({ filters }: { filters: Filters }) {
  const [{ events, page, totalPages, totalDocs }, facets, counts] = await Promise.all([
    listEvents(filters),
    getEventFacets(),
    countEventsByYear(filters),
  ])
  const byYear = new Map<number, typeof events>()
  for (const event of events) {
    const year = new Date(event.startDate).getUTCFullYear()
    byYear.set(year, [...(byYear.get(year) ?? []), event])
  }
  const filtered = Boolean(filters.year || filters.type || filters.place)

  return (
    <div className="page events">
      <h1>Events</h1>
      <EventFilters years={facets.years} countries={facets.countries} selected={filters} />
      <p className="result-count" role="status">
        {totalDocs === 0
          ? 'No events match these filters.'
          : `${totalDocs.toLocaleString('en')} ${totalDocs === 1 ? 'event' : 'events'}${filtered ? ' match these filters' : ''}.`}
        {filtered ? (
          <>
            {' '}
            <Link href="/events">Show all events</Link>
          </>
        ) : null}{' '}
        <Link href={eventsHref(filters, 1).replace('/events', '/events/map')}>
          Show {filtered ? 'them' : 'all events'} on a map
        </Link>
      </p>
      <YearChart
        chart={yearChartView({ counts, filters, title: 'Events per year' })}
        id="events-years"
      />
      <ol className="timeline">
        {[...byYear].map(([year, yearEvents]) => (
          <li key={year} className="timeline-year">
            <h2 id={`year-${year}`}>{year}</h2>
            <ol>
              {yearEvents.map((event) => {
                const deaths = groupFigures(event.figures).find((group) => group.kind === 'deaths')
                return (
                  <li key={event.id} className="timeline-event">
                    <time dateTime={isoDay(event.startDate)}>
                      {formatDateRange(event.startDate, event.endDate, event.datePrecision)}
                    </time>
                    <div>
                      <Link href={`/events/${event.slug}`} className="timeline-name">
                        {event.name}
                      </Link>
                      <span className="timeline-meta">
                        {EVENT_TYPE_LABELS[event.type]}
                        {placeOf(event) ? ' · ' : ''}
                        {event.location?.country ? (
                          <>
                            {[event.location.place, event.location.region]
                              .filter(Boolean)
                              .map((part) => `${part}, `)}
                            <Link href={placeHref(event.location.country)}>
                              {event.location.country}
                            </Link>
                          </>
                        ) : (
                          placeOf(event)
                        )}
                        {deaths
                          ? ` · Deaths: ${deaths.claims.map((claim) => `${figureValue(claim)} (${claim.claimedBy})`).join(' – ')}`
                          : ''}
                      </span>
                    </div>
                  </li>
                )
              })}
            </ol>
          </li>
        ))}
      </ol>
      <Pagination
        page={page}
        pageCount={totalPages}
        hrefFor={(target) => eventsHref(filters, target)}
        label="Events pages"
      />
    </div>
  )
}
