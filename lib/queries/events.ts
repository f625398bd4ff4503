import { cache } from 'react'
import type { Where } from 'payload'

import type { Event } from '@/payload-types'
import { TAGS, tagPage } from '@/lib/cacheTags'
import { getPayloadClient } from '@/lib/payload'

import { PUBLIC, readOptions } from './readOptions'

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

const EVENT_CARD_SELECT = {
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

/** What the filter controls offer: the years and countries that published events have. */
export const getEventFacets = cache(async () => {
  await tagPage(TAGS.events)
  const payload = await getPayloadClient()
  const read = await readOptions()
  const { docs } = await payload.find({
    collection: 'events',
    ...read,
    select: { startDate: true, location: true },
    pagination: false,
  })
  const years = [...new Set(docs.map((event) => new Date(event.startDate).getUTCFullYear()))]
  const countries = [...new Set(docs.map((event) => event.location?.country).filter(Boolean))]
  return {
    years: years.sort((a, b) => a - b),
    countries: (countries as string[]).sort((a, b) => a.localeCompare(b)),
  }
})

/** Slugs to prerender at build time: always the published ones. */
export const listEventSlugs = async (): Promise<string[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    ...PUBLIC,
    select: { slug: true },
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
    sort: '-startDate',
    limit,
  })
  return docs as EventCard[]
})
