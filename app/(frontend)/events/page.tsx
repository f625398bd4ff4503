import type { Metadata } from 'next'

import { EventsTimeline } from '@/components/events/EventsTimeline'

export const metadata: Metadata = {
  title: 'Events',
  description: 'A timeline of the events Annals covers, by year, type and place.',
  alternates: { canonical: '/events' },
}

/**
 * The unfiltered timeline reads no query string, so it is a static page like any other,
 * revalidated on publish. With a filter or a page number, `/events?…` is rewritten
 * (next.config.mjs) to ./filter, rendered per request from indexed queries.
 */
export default function EventsPage() {
  return <EventsTimeline filters={{ page: 1 }} />
}
