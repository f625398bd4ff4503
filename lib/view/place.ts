import { cache } from 'react'

import { findCountry } from '@/lib/maps/atlas'
import { listEvents, type EventCard } from '@/lib/queries/events'
import { countEventsByYear, getPlace, listPlaceArticles, type Place } from '@/lib/queries/places'
import type { ArticleCard } from '@/lib/queries/cards'

import { placeMapView, type EventsMapView } from './eventsMap'
import { placeHref } from './locationMap'
import { yearChartView, type YearChartView } from './yearChart'

export type PlaceView = {
  place: Place
  name: string
  href: string
  /** The /events filter value that lists this place's events. */
  filter: string
  events: EventCard[]
  totalEvents: number
  articles: ArticleCard[]
  map: EventsMapView | null
  chart: YearChartView
  regions: { name: string; href: string }[]
}

/** A place page: its events over time (chart and first page), its articles, its map. */
export const getPlaceView = cache(
  async (countrySlug: string, regionSlug?: string): Promise<PlaceView | null> => {
    const place = await getPlace(countrySlug, regionSlug)
    if (!place) return null
    const filter = place.region ?? place.country
    const shape = findCountry(place.country)
    const [{ events, totalDocs }, articles, counts, map] = await Promise.all([
      listEvents({ place: filter, page: 1 }),
      listPlaceArticles(place),
      countEventsByYear({ place: place.country, region: place.region ?? undefined }),
      shape ? placeMapView({ country: shape, region: place.region }) : null,
    ])
    const name = place.region ? `${place.region}, ${place.country}` : place.country
    return {
      place,
      name,
      href: placeHref(place.country, place.region),
      filter,
      events,
      totalEvents: totalDocs,
      articles,
      map,
      chart: yearChartView({
        counts,
        filters: { place: place.country, region: place.region ?? undefined },
        title: `Events in ${name} per year`,
      }),
      regions: place.region
        ? []
        : place.regions.map((region) => ({
            name: region.name,
            href: placeHref(place.country, region.name),
          })),
    }
  },
)
