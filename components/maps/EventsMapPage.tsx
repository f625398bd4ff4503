import Link from 'next/link'

import { EventFilters } from '@/components/events/EventFilters'
import type { Viewport } from '@/lib/maps/draw'
import { getEventFacets, type EventFilters as Filters } from '@/lib/queries/events'
import {
  eventsMapView,
  mapHref,
  MAX_ZOOM,
  MIN_ZOOM,
  panViewport,
  DEFAULT_VIEWPORT,
} from '@/lib/view/eventsMap'

import { EventsMap } from './EventsMap'
import { MapZoomPan } from './MapZoomPan'

const MAP_ID = 'events-map'

const listHref = (filters: Filters) => {
  const query = new URLSearchParams()
  if (filters.year) query.set('year', String(filters.year))
  if (filters.type) query.set('type', filters.type)
  if (filters.place) query.set('place', filters.place)
  const text = query.toString()
  return text ? `/events?${text}` : '/events'
}

/** Zoom and pan as links: the map works without script, and every view has a URL. */
function MapControls({ filters, viewport }: { filters: Filters; viewport: Viewport }) {
  const zoomIn = viewport.zoom < MAX_ZOOM ? { ...viewport, zoom: viewport.zoom + 1 } : null
  const zoomOut = viewport.zoom > MIN_ZOOM ? { ...viewport, zoom: viewport.zoom - 1 } : null
  const moves = [
    { label: 'West', name: 'Move west', to: panViewport(viewport, -0.5, 0) },
    { label: 'North', name: 'Move north', to: panViewport(viewport, 0, -0.5) },
    { label: 'South', name: 'Move south', to: panViewport(viewport, 0, 0.5) },
    { label: 'East', name: 'Move east', to: panViewport(viewport, 0.5, 0) },
  ]
  const link = (label: string, name: string, to: Viewport | null) =>
    to ? (
      <Link href={mapHref(filters, to)} aria-label={name} scroll={false}>
        {label}
      </Link>
    ) : (
      <a aria-disabled="true" aria-label={name} role="link">
        {label}
      </a>
    )
  return (
    <nav className="map-controls" aria-label="Map view">
      {link('+', 'Zoom in', zoomIn)}
      {link('−', 'Zoom out', zoomOut)}
      {moves.map((move) => (
        <span key={move.label}>{link(move.label, move.name, move.to)}</span>
      ))}
      {viewport.zoom > 0 ? link('Whole world', 'Whole world', DEFAULT_VIEWPORT) : null}
    </nav>
  )
}

/** `/events/map`: every published event with coordinates, clustered, filtered like /events. */
export async function EventsMapPage({
  filters,
  viewport,
}: {
  filters: Filters
  viewport: Viewport
}) {
  const [map, facets] = await Promise.all([eventsMapView({ filters, viewport }), getEventFacets()])
  const query = new URLSearchParams()
  if (filters.year) query.set('year', String(filters.year))
  if (filters.type) query.set('type', filters.type)
  if (filters.place) query.set('place', filters.place)
  return (
    <div className="page events-map-page">
      <h1>Map of events</h1>
      <EventFilters
        years={facets.years}
        countries={facets.countries}
        selected={filters}
        action="/events/map"
      />
      <p>
        Each circle groups the events near it; its number is how many. Follow a circle to the list
        of its events, or zoom in. <Link href={listHref(filters)}>The same events as a list</Link>.
      </p>
      <EventsMap
        map={map}
        id={MAP_ID}
        controls={<MapControls filters={filters} viewport={viewport} />}
      />
      <MapZoomPan
        targetId={MAP_ID}
        width={map.width}
        zoom={viewport.zoom}
        latitude={viewport.latitude}
        longitude={viewport.longitude}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        query={query.toString()}
      />
    </div>
  )
}
