import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { cache } from 'react'
import type { Where } from 'payload'

import type { Event } from '@/payload-types'
import { TAGS, tagPage } from '@/lib/freshness'
import { getPayloadClient } from '@/lib/payload'

import { PUBLIC, readOptions } from './readOptions'
import { findRenamedSlug } from './renamed'

export const EVENTS_PER_PAGE = 20

export type EventCard = Pick<
  Event,
  | 'id'
  | 'name'
  | 'slug'
  | 'type'
  | 'startDate'
  | 'endDate'
  | 'datePrecision'
  | 'location'
  | 'figures'
>

/** What an event card reads: the timeline's rows, the home page's, the exports'. */
export const EVENT_CARD_SELECT = {
  name: true,
  slug: true,
  type: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  location: true,
  figures: true,
} as const

export type EventFilters = {
  year?: number
  type?: Event['type']
  /** An exact country, or else any part of a place, region or country name. */
  place?: string
  page?: number
}

const yearRange = (year: number) => ({
  greater_than_equal: `${year}-01-01T00:00:00.000Z`,
  less_than: `${year + 1}-01-01T00:00:00.000Z`,
})

/** Events matching the filters, oldest first, a page at a time. */
export const listEvents = cache(async ({ year, type, place, page = 1 }: EventFilters) => {
  await tagPage(TAGS.events)
  const payload = await getPayloadClient()
  const { countries } = await getEventFacets()
  // "Syria" means the country, not also "Syriac Catholic church".
  const country = countries.find((name) => name.toLowerCase() === place?.toLowerCase())
  const read = await readOptions()
  const conditions: Where[] = []
  if (year) conditions.push({ startDate: yearRange(year) })
  if (type) conditions.push({ type: { equals: type } })
  if (country) conditions.push({ 'location.country': { equals: country } })
  else if (place) {
    conditions.push({
      or: [
        { 'location.place': { like: place } },
        { 'location.region': { like: place } },
        { 'location.country': { like: place } },
      ],
    })
  }
  const result = await payload.find({
    collection: 'events',
    ...read,
    where: conditions.length ? { and: conditions } : undefined,
    select: EVENT_CARD_SELECT,
    sort: ['startDate', 'id'],
    limit: EVENTS_PER_PAGE,
    page,
  })
  return {
    events: result.docs as EventCard[],
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
})

type FacetRow = { year: null | number; country: null | string }

/**
 * What the filter controls offer: the years and countries that published events have. Read
 * by skip scans of the timeline indexes (one probe per distinct year or country, not one
 * row per event), so it costs the same with 100 events or 100,000.
 */
export const getEventFacets = cache(async () => {
  await tagPage(TAGS.events)
  const payload = await getPayloadClient()
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const { rows } = await drizzle.execute<FacetRow>(sql`
    WITH RECURSIVE years AS (
      SELECT min(start_date) AS first FROM events WHERE _status = 'published'
      UNION ALL
      SELECT (SELECT min(e.start_date) FROM events e
              WHERE e._status = 'published'
                AND e.start_date >= make_timestamptz(
                  extract(year FROM y.first AT TIME ZONE 'UTC')::int + 1, 1, 1, 0, 0, 0, 'UTC'))
      FROM years y WHERE y.first IS NOT NULL
    ),
    countries AS (
      SELECT min(location_country) AS name FROM events
      WHERE _status = 'published' AND location_country IS NOT NULL
      UNION ALL
      SELECT (SELECT min(e.location_country) FROM events e
              WHERE e._status = 'published' AND e.location_country > c.name)
      FROM countries c WHERE c.name IS NOT NULL
    )
    SELECT extract(year FROM first AT TIME ZONE 'UTC')::int AS year, NULL AS country
    FROM years WHERE first IS NOT NULL
    UNION ALL
    SELECT NULL, name FROM countries WHERE name IS NOT NULL
  `)
  const years = rows.flatMap((row) => (row.year === null ? [] : [Number(row.year)]))
  const countries = rows.flatMap((row) => (row.country === null ? [] : [row.country]))
  return {
    years: years.sort((a, b) => a - b),
    countries: countries.sort((a, b) => a.localeCompare(b)),
  }
})

/** How many event pages the build renders ahead; the others render on their first visit. */
export const PRERENDERED_EVENTS = 100

/** Slugs to prerender at build time: the most recently changed published events, bounded. */
export const listEventSlugs = async (): Promise<string[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    ...PUBLIC,
    select: { slug: true },
    sort: ['-updatedAt', '-id'],
    limit: PRERENDERED_EVENTS,
    pagination: false,
  })
  return docs.map((event) => event.slug)
}

/** The most recent events by date, for the home page. */
export const listLatestEvents = cache(async (limit: number): Promise<EventCard[]> => {
  await tagPage(TAGS.events)
  const payload = await getPayloadClient()
  const read = await readOptions()
  const { docs } = await payload.find({
    collection: 'events',
    ...read,
    select: EVENT_CARD_SELECT,
    sort: ['-startDate', '-id'],
    limit,
    pagination: false,
  })
  return docs as EventCard[]
})

/** The current slug of an event published under `oldSlug` before being renamed. */
export const findRenamedEventSlug = cache((oldSlug: string) =>
  findRenamedSlug({ collection: 'events', oldSlug }),
)
