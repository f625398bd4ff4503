import type { Metadata } from 'next'

import { parseFilters, type SearchParams } from '@/components/events/EventsTimeline'
import { EventsMapPage } from '@/components/maps/EventsMapPage'
import { parseViewport } from '@/lib/view/eventsMap'

export const metadata: Metadata = {
  title: 'Map of events',
  description: 'Where the events Annals covers took place, on a map drawn from Natural Earth data.',
  alternates: { canonical: '/events/map' },
}

/** `/events/map?year=…&type=…&place=…&z=…&lat=…&lng=…`, rewritten here by next.config.mjs. */
export default async function MapViewPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const params = await searchParams
  const { page: _page, ...filters } = parseFilters(params)
  return <EventsMapPage filters={filters} viewport={parseViewport(params)} />
}
