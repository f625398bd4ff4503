import { getPayloadClient } from '@/lib/payload'
import type { Event } from '@/payload-types'

import { EVENT_CARD_SELECT, type EventCard } from './events'
import { PUBLIC } from './readOptions'

/** Events per page of an export: bounded, so a download costs the same at any size. */
export const EXPORT_PAGE_SIZE = 500

/** An event as the list shows it, with when it last changed. */
export type ExportedEvent = EventCard & Pick<Event, 'updatedAt'>

/** One page of the published events, oldest first: two statements (the page and its count). */
export async function listEventsForExport(page: number) {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'events',
    ...PUBLIC,
    select: { ...EVENT_CARD_SELECT, updatedAt: true },
    sort: ['startDate', 'id'],
    limit: EXPORT_PAGE_SIZE,
    page,
  })
  return {
    events: result.docs as ExportedEvent[],
    page: result.page ?? page,
    totalPages: Math.max(result.totalPages, 1),
    totalDocs: result.totalDocs,
  }
}
