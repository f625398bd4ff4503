import type { Metadata } from 'next'

import { EventsTimeline, parseFilters, type SearchParams } from '@/components/events/EventsTimeline'

export const metadata: Metadata = {
  title: 'Events',
  description: 'A timeline of the events Annals covers, by year, type and place.',
  alternates: { canonical: '/events' },
}

/** `/events?year=…&type=…&place=…&page=…`, rewritten here by next.config.mjs. */
export default async function FilteredEventsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  return <EventsTimeline filters={parseFilters(await searchParams)} />
}
