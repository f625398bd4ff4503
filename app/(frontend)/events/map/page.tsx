import type { Metadata } from 'next'

import { EventsMapPage } from '@/components/maps/EventsMapPage'
import { DEFAULT_VIEWPORT } from '@/lib/view/eventsMap'

export const metadata: Metadata = {
  title: 'Map of events',
  description: 'Where the events Annals covers took place, on a map drawn from Natural Earth data.',
  alternates: { canonical: '/events/map' },
}

/**
 * The whole world, unfiltered: a static page revalidated on publish like /events. With a
 * filter or a view in the query string, `/events/map?…` is rewritten (next.config.mjs) to
 * ./view, rendered per request.
 */
export default function MapPage() {
  return <EventsMapPage filters={{}} viewport={DEFAULT_VIEWPORT} />
}
