import { containsPoint, countrySlug, findCountry, MAP_SOURCE } from '@/lib/maps/atlas'
import { drawCountry, type DrawnCountry } from '@/lib/maps/draw'
import { slugify } from '@/lib/slugify'
import type { Event, Reference } from '@/payload-types'

export const INFOBOX_MAP = { width: 280, height: 220 } as const

export type PlaceLink = { name: string; href: string }

/** An event's location map: a country drawn with a pin, or the country alone, marked approximate. */
export type LocationMapView = {
  width: number
  height: number
  countries: DrawnCountry[]
  country: PlaceLink
  region: PlaceLink | null
  place: string | null
  /** The pin, present only when the coordinates fall inside the drawn country. */
  pin: { x: number; y: number; text: string } | null
  /** True when the map shows only the country: the exact place is not recorded. */
  approximate: boolean
  title: string
  description: string
  source: { title: string; href: string } | null
  credit: string
}

/** "33.63° N, 44.55° E". */
export const coordinatesText = (latitude: number, longitude: number) =>
  `${Math.abs(latitude)}° ${latitude >= 0 ? 'N' : 'S'}, ${Math.abs(longitude)}° ${longitude >= 0 ? 'E' : 'W'}`

export const MAP_CREDIT = `Map data: ${MAP_SOURCE.data} ${MAP_SOURCE.dataVersion} (${MAP_SOURCE.package} ${MAP_SOURCE.packageVersion}). Borders are drawn as Natural Earth draws them, which implies no position on disputed ones.`

export const placeHref = (country: string, region?: null | string) =>
  `/places/${countrySlug(country)}${region ? `/${slugify(region)}` : ''}`

/**
 * The map of an event's location, or null when its country is not one the map can draw. A
 * pin is drawn only where the coordinates fall inside the country's outline: a wrong pin is
 * worse than none, so coordinates that disagree with the country leave the outline alone.
 */
export const locationMapView = (
  location: Event['location'],
  source: Pick<Reference, 'id' | 'title'> | null = null,
): LocationMapView | null => {
  const shape = findCountry(location?.country)
  if (!location?.country || !shape) return null
  const { latitude, longitude } = location
  const map = drawCountry({ country: shape, ...INFOBOX_MAP })
  const hasPoint =
    typeof latitude === 'number' &&
    typeof longitude === 'number' &&
    containsPoint(shape, latitude, longitude)
  const point = hasPoint ? map.place(latitude, longitude) : null
  const place = location.place || null
  const named = [place, location.region, location.country].filter(Boolean).join(', ')
  const at = point ? coordinatesText(latitude!, longitude!) : null
  return {
    width: map.width,
    height: map.height,
    countries: map.countries,
    country: { name: location.country, href: placeHref(location.country) },
    region: location.region
      ? { name: location.region, href: placeHref(location.country, location.region) }
      : null,
    place,
    pin: point && at ? { x: point[0], y: point[1], text: at } : null,
    approximate: !point,
    title: point ? `Location map: ${named}` : `Location map: ${location.country} (approximate)`,
    description: point
      ? `A map of ${location.country} and its neighbours with a pin at ${named}, ${at}.`
      : `A map of ${location.country} and its neighbours, the whole country shaded: the exact location is not recorded.`,
    source: point && source ? { title: source.title, href: `/references/${source.id}` } : null,
    credit: MAP_CREDIT,
  }
}
