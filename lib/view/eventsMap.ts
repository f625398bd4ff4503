import { geoMercator } from 'd3-geo'
import Supercluster from 'supercluster'

import {
  drawCountry,
  drawViewport,
  worldWidth,
  type DrawnCountry,
  type Viewport,
} from '@/lib/maps/draw'
import type { CountryShape } from '@/lib/maps/atlas'
import type { EventFilters } from '@/lib/queries/events'
import { listMapCells, type MapCell, type PlaceFilter } from '@/lib/queries/places'

import { MAP_CREDIT } from './locationMap'

export const EVENTS_MAP = { width: 960, height: 540 } as const
export const MIN_ZOOM = 0
export const MAX_ZOOM = 6
export const DEFAULT_VIEWPORT: Viewport = { zoom: 0, latitude: 20, longitude: 10 }

/** What a cluster or a single event on a map links to, and says. */
export type MapMark = {
  key: string
  x: number
  y: number
  count: number
  /** "12 events in Iraq", "1 event: 2013 Camp Ashraf massacre". */
  label: string
  href: string
  radius: number
}

export type EventsMapView = {
  width: number
  height: number
  countries: DrawnCountry[]
  marks: MapMark[]
  /** Events with coordinates in the frame; the marks' counts add up to it. */
  shown: number
  title: string
  description: string
  credit: string
}

type CellProps = { count: number; countries: string[]; slug: string | null; name: string | null }

// A cell's side, in degrees, for a map on which one degree spans `pixelsPerDegree`: about
// eight pixels, rounded to a power of two so nearby zooms share one query.
const cellDegrees = (pixelsPerDegree: number) =>
  Math.min(8, 2 ** Math.round(Math.log2(8 / pixelsPerDegree)))

const MAX_NAMED_COUNTRIES = 3

const mergeCountries = (a: string[], b: string[]) =>
  a.length > MAX_NAMED_COUNTRIES ? a : [...new Set([...a, ...b])].slice(0, MAX_NAMED_COUNTRIES + 1)

const listOf = (names: string[]) =>
  names.length <= MAX_NAMED_COUNTRIES
    ? names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
      : (names[0] ?? 'an unrecorded country')
    : `${names.slice(0, MAX_NAMED_COUNTRIES).join(', ')} and other countries`

const filterQuery = (filters: PlaceFilter) => {
  const query = new URLSearchParams()
  if (filters.year) query.set('year', String(filters.year))
  if (filters.type) query.set('type', filters.type)
  if (filters.place) query.set('place', filters.place)
  return query
}

/** The /events list a mark opens: the same filters, narrowed to the mark's one country. */
const listHref = (filters: PlaceFilter, country: string) => {
  const query = filterQuery(filters)
  query.set('place', filters.place && !filters.region ? filters.place : country)
  if (filters.region) query.set('place', filters.region)
  return `/events?${query}`
}

export const mapHref = (filters: PlaceFilter, viewport: Viewport) => {
  const query = filterQuery(filters)
  const isDefault =
    viewport.zoom === DEFAULT_VIEWPORT.zoom &&
    viewport.latitude === DEFAULT_VIEWPORT.latitude &&
    viewport.longitude === DEFAULT_VIEWPORT.longitude
  if (!isDefault) {
    query.set('z', String(viewport.zoom))
    query.set('lat', String(Math.round(viewport.latitude * 100) / 100))
    query.set('lng', String(Math.round(viewport.longitude * 100) / 100))
  }
  const text = query.toString()
  return text ? `/events/map?${text}` : '/events/map'
}

/**
 * Clusters the cells with supercluster at the zoom equivalent to the map's scale (its zoom
 * 0 is a 256-pixel world), keeping each cluster's event count and up to four countries.
 */
const cluster = ({
  cells,
  worldPixels,
  bbox,
}: {
  cells: MapCell[]
  worldPixels: number
  /** West, south, east, north; west and east may lie beyond ±180°. */
  bbox: [number, number, number, number]
}) => {
  const index = new Supercluster<CellProps, CellProps>({
    radius: 22,
    extent: 256,
    maxZoom: 20,
    map: (props) => ({ ...props }),
    reduce: (accumulated, props) => {
      accumulated.count += props.count
      accumulated.countries = mergeCountries(accumulated.countries, props.countries)
      accumulated.slug = null
      accumulated.name = null
    },
  })
  index.load(
    cells.map((cell) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [cell.longitude, cell.latitude] },
      properties: {
        count: cell.count,
        countries: cell.country ? [cell.country] : [],
        slug: cell.slug,
        name: cell.name,
      },
    })),
  )
  const zoom = Math.max(0, Math.floor(Math.log2(worldPixels / 256)))
  return index.getClusters(bbox, zoom)
}

const markRadius = (count: number) => Math.round(Math.min(26, 7 + 3.2 * Math.log2(count)))

const marksOf = ({
  clusters,
  place,
  filters,
  zoomInto,
}: {
  clusters: ReturnType<typeof cluster>
  place: (latitude: number, longitude: number) => [number, number] | null
  filters: PlaceFilter
  zoomInto?: (latitude: number, longitude: number) => string | null
}): MapMark[] =>
  clusters
    .flatMap((feature, position) => {
      const [longitude, latitude] = feature.geometry.coordinates
      const point = place(latitude, longitude)
      if (!point) return []
      const { count, countries, slug, name } = feature.properties
      const one = count === 1 && slug
      const single = countries.length === 1
      const href = one
        ? `/events/${slug}`
        : single
          ? listHref(filters, countries[0])
          : (zoomInto?.(latitude, longitude) ?? listHref(filters, countries[0] ?? ''))
      const label = one
        ? `1 event: ${name}`
        : `${count.toLocaleString('en')} events in ${listOf(countries)}${single ? '' : ': zoom in'}`
      return [
        {
          key: `${position}-${point[0]}-${point[1]}`,
          x: point[0],
          y: point[1],
          count,
          label,
          href,
          radius: markRadius(count),
        },
      ]
    })
    .sort((a, b) => b.count - a.count)

/** A map's view from its drawing and marks; `subject` opens the text equivalent. */
const mapView = ({
  subject,
  ...view
}: Pick<EventsMapView, 'width' | 'height' | 'countries' | 'marks' | 'title'> & {
  subject: string
}): EventsMapView => {
  const { marks } = view
  const shown = marks.reduce((sum, mark) => sum + mark.count, 0)
  return {
    ...view,
    shown,
    description: `${subject}: ${shown.toLocaleString('en')} ${shown === 1 ? 'event' : 'events'} with recorded coordinates, in ${marks.length} ${marks.length === 1 ? 'group' : 'groups'}, listed below the map.`,
    credit: MAP_CREDIT,
  }
}

/** `/events/map`: the events matching the filters, clustered for the viewport. */
export const eventsMapView = async ({
  filters,
  viewport,
}: {
  filters: EventFilters
  viewport: Viewport
}): Promise<EventsMapView> => {
  const { width, height } = EVENTS_MAP
  const drawn = drawViewport({ width, height, viewport })
  const worldPixels = worldWidth(width, viewport.zoom)
  const cells = await listMapCells(filters, cellDegrees(worldPixels / 360))
  const zoomInto = (latitude: number, longitude: number) =>
    viewport.zoom >= MAX_ZOOM
      ? null
      : mapHref(filters, {
          zoom: Math.min(MAX_ZOOM, viewport.zoom + 2),
          latitude: Math.round(latitude * 100) / 100,
          longitude: Math.round(longitude * 100) / 100,
        })
  const marks = marksOf({
    clusters: cluster({ cells, worldPixels, bbox: drawn.bbox }),
    place: drawn.place,
    filters,
    zoomInto,
  })
  return mapView({
    width,
    height,
    countries: drawn.countries,
    marks,
    title: 'Map of events',
    subject: 'Map of the world',
  })
}

export const PLACE_MAP = { width: 640, height: 440 } as const

/** A place page's map: its country drawn whole, its events clustered on it. */
export const placeMapView = async ({
  country,
  region,
}: {
  country: CountryShape
  region: string | null
}): Promise<EventsMapView> => {
  const { width, height } = PLACE_MAP
  const drawn = drawCountry({ country, width, height, margin: 0.06 })
  const worldPixels = 2 * Math.PI * drawn.projection.scale
  const filters: PlaceFilter = { place: country.properties.name, region: region ?? undefined }
  const cells = await listMapCells(filters, cellDegrees(worldPixels / 360))
  const marks = marksOf({
    // The place's events are all in its country, so none is outside the frame.
    clusters: cluster({ cells, worldPixels, bbox: [-180, -85, 180, 85] }),
    place: drawn.place,
    filters,
  })
  const name = region ? `${region}, ${country.properties.name}` : country.properties.name
  return mapView({
    width,
    height,
    countries: drawn.countries,
    marks,
    title: `Map of events in ${name}`,
    subject: `Map of ${country.properties.name}`,
  })
}

const round2 = (value: number) => Math.round(value * 100) / 100

/** The viewport `dx`, `dy` map widths and heights away: the map's pan buttons. */
export const panViewport = (viewport: Viewport, dx: number, dy: number): Viewport => {
  const { width, height } = EVENTS_MAP
  const projection = geoMercator()
    .scale(worldWidth(width, viewport.zoom) / (2 * Math.PI))
    .center([viewport.longitude, viewport.latitude])
    .translate([width / 2, height / 2])
  const [longitude, latitude] = projection.invert!([
    width / 2 + dx * width,
    height / 2 + dy * height,
  ])!
  return clampViewport({ zoom: viewport.zoom, latitude, longitude })
}

export const clampViewport = ({ zoom, latitude, longitude }: Viewport): Viewport => ({
  zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom))),
  latitude: round2(Math.min(75, Math.max(-55, latitude))),
  longitude: round2(((((longitude + 180) % 360) + 360) % 360) - 180),
})

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The viewport a URL names (`z`, `lat`, `lng`), the world for anything else. */
export const parseViewport = (params: Record<string, string | string[] | undefined>) => {
  const zoom = Number(single(params.z))
  const latitude = Number(single(params.lat))
  const longitude = Number(single(params.lng))
  if (!Number.isFinite(zoom) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    return DEFAULT_VIEWPORT
  }
  if (single(params.z) === undefined) return DEFAULT_VIEWPORT
  return clampViewport({ zoom, latitude, longitude })
}
