import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { cache } from 'react'

import type { Event } from '@/payload-types'
import { TAGS, tagPage } from '@/lib/freshness'
import { getPayloadClient } from '@/lib/payload'
import { slugify } from '@/lib/slugify'

import { ARTICLE_CARD_SELECT, type ArticleCard } from './cards'
import { getEventFacets, type EventFilters } from './events'
import { readOptions } from './readOptions'

/**
 * The maps, place pages and charts read published events only, through aggregate SQL over
 * the events table (its row is the published revision, as the timeline's facets assume):
 * each statement returns a bounded number of rows, however many events there are.
 */
type SQL = ReturnType<typeof sql>

const drizzleOf = async () => {
  const payload = await getPayloadClient()
  return (payload.db as unknown as PostgresAdapter).drizzle
}

export type PlaceFilter = Pick<EventFilters, 'year' | 'type' | 'place'> & {
  /** An exact region within the place's country (place pages of regions). */
  region?: string
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/** The WHERE clause of the filters, as /events reads them: a known country exactly, else any part. */
const filterSql = async ({ year, type, place, region }: PlaceFilter): Promise<SQL> => {
  const conditions: SQL[] = [sql`_status = 'published'`]
  if (year) {
    conditions.push(
      sql`start_date >= make_timestamptz(${year}, 1, 1, 0, 0, 0, 'UTC') AND start_date < make_timestamptz(${year + 1}, 1, 1, 0, 0, 0, 'UTC')`,
    )
  }
  if (type) conditions.push(sql`type = ${type}`)
  if (place) {
    const { countries } = await getEventFacets()
    const country = countries.find((name) => name.toLowerCase() === place.toLowerCase())
    if (country) conditions.push(sql`location_country = ${country}`)
    else {
      const pattern = likePattern(place)
      conditions.push(
        sql`(location_place ILIKE ${pattern} OR location_region ILIKE ${pattern} OR location_country ILIKE ${pattern})`,
      )
    }
  }
  if (region) conditions.push(sql`location_region = ${region}`)
  return sql.join(conditions, sql` AND `)
}

export type MapCell = {
  latitude: number
  longitude: number
  count: number
  country: string | null
  /** The event, when the cell holds exactly one. */
  slug: string | null
  name: string | null
}

type CellRow = {
  latitude: number | string
  longitude: number | string
  count: number | string
  country: null | string
  slug: null | string
  name: null | string
}

/**
 * Published events with coordinates matching the filters, gathered into grid cells of
 * `cellDegrees` (per country, so a cell never mixes two): a cell much smaller than a map
 * cluster changes nothing a reader sees, and turns 100,000 events into at most a few thousand
 * weighted points for the clustering. Cells with one event name it.
 */
export const listMapCells = cache(
  async (filters: PlaceFilter, cellDegrees: number): Promise<MapCell[]> => {
    await tagPage(TAGS.events)
    const drizzle = await drizzleOf()
    const where = await filterSql(filters)
    const { rows } = await drizzle.execute<CellRow>(sql`
      SELECT avg(location_latitude)::float8 AS latitude,
             avg(location_longitude)::float8 AS longitude,
             count(*) AS count,
             location_country AS country,
             CASE WHEN count(*) = 1 THEN min(slug) END AS slug,
             CASE WHEN count(*) = 1 THEN min(name) END AS name
      FROM events
      WHERE ${where}
        AND location_latitude IS NOT NULL AND location_longitude IS NOT NULL
      GROUP BY floor(location_longitude / ${cellDegrees}),
               floor(location_latitude / ${cellDegrees}),
               location_country
    `)
    return rows.map((row) => ({
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
      count: Number(row.count),
      country: row.country,
      slug: row.slug,
      name: row.name,
    }))
  },
)

export type YearTypeCount = { year: number; type: Event['type']; count: number }

/** Events per year and type: at most (years × types) rows. */
export const countEventsByYear = cache(async (filters: PlaceFilter): Promise<YearTypeCount[]> => {
  await tagPage(TAGS.events)
  const drizzle = await drizzleOf()
  const where = await filterSql(filters)
  const { rows } = await drizzle.execute<{ year: number; type: Event['type']; count: string }>(sql`
    SELECT extract(year FROM start_date AT TIME ZONE 'UTC')::int AS year, type, count(*) AS count
    FROM events
    WHERE ${where}
    GROUP BY 1, 2
    ORDER BY 1, 2
  `)
  return rows.map((row) => ({ year: Number(row.year), type: row.type, count: Number(row.count) }))
})

/** A country page lists at most this many of its regions. */
export const MAX_LISTED_REGIONS = 100

export type Place = {
  country: string
  countrySlug: string
  region: string | null
  regionSlug: string | null
  /** The first regions of the country that published events name, for the country's page. */
  regions: { name: string; slug: string }[]
}

/**
 * The place a URL names: a country published events are in (`/places/iraq`), or a region of
 * it (`/places/iraq/diyala-governorate`); null for any other.
 */
export const getPlace = cache(
  async (countrySlug: string, regionSlug?: string): Promise<Place | null> => {
    const { countries } = await getEventFacets()
    const country = countries.find((name) => slugify(name) === countrySlug)
    if (!country) return null
    const drizzle = await drizzleOf()
    // The regions a country's events name: tens in real data, a thousand in the benchmark's.
    const { rows } = await drizzle.execute<{ region: string }>(sql`
      SELECT DISTINCT location_region AS region FROM events
      WHERE _status = 'published' AND location_country = ${country}
        AND location_region IS NOT NULL AND location_region <> ''
      ORDER BY 1
    `)
    const all = rows.map((row) => ({ name: row.region, slug: slugify(row.region) }))
    const region = regionSlug ? all.find((candidate) => candidate.slug === regionSlug) : null
    if (regionSlug && !region) return null
    const regions = all.slice(0, MAX_LISTED_REGIONS)
    return {
      country,
      countrySlug,
      region: region?.name ?? null,
      regionSlug: region?.slug ?? null,
      regions,
    }
  },
)

export const PLACE_ARTICLES = 20

/** Published articles about events in a place, most recently updated first, bounded. */
export const listPlaceArticles = cache(
  async (place: Pick<Place, 'country' | 'region'>): Promise<ArticleCard[]> => {
    await tagPage(TAGS.articles, TAGS.events)
    const payload = await getPayloadClient()
    const read = await readOptions()
    const { docs } = await payload.find({
      collection: 'articles',
      ...read,
      where: {
        and: [
          { 'event.location.country': { equals: place.country } },
          ...(place.region ? [{ 'event.location.region': { equals: place.region } }] : []),
        ],
      },
      select: ARTICLE_CARD_SELECT,
      sort: ['-updatedAt', '-id'],
      limit: PLACE_ARTICLES,
      pagination: false,
    })
    return docs as ArticleCard[]
  },
)
