import type { FeedEntry } from '@/lib/format/atom'
import { formatDateRange } from '@/lib/format/date'
import { placeOf } from '@/lib/format/place'
import type { RecentChange } from '@/lib/queries/sitemap'
import { EVENT_TYPE_LABELS } from '@/lib/vocabulary'
import type { Event } from '@/payload-types'

/** The summary of an event's feed entry: "Massacre, 1 September 2013, Camp Ashraf, Iraq." */
export const eventSummary = (
  event: Pick<Event, 'type' | 'startDate' | 'endDate' | 'datePrecision' | 'location'>,
) => {
  const place = placeOf(event)
  return `${EVENT_TYPE_LABELS[event.type]}, ${formatDateRange(event.startDate, event.endDate, event.datePrecision)}${place ? `, ${place}` : ''}.`
}

/** The feed's entries for the recent changes: an article's own summary, an event's written. */
export const feedEntries = (changes: RecentChange[]): FeedEntry[] =>
  changes.map((change) =>
    change.collection === 'articles'
      ? {
          path: `/articles/${change.doc.slug}`,
          title: change.doc.title,
          summary: change.doc.summary,
          publishedAt: change.doc.createdAt,
          updatedAt: change.doc.updatedAt,
        }
      : {
          path: `/events/${change.doc.slug}`,
          title: change.doc.name,
          summary: eventSummary(change.doc),
          publishedAt: change.doc.createdAt,
          updatedAt: change.doc.updatedAt,
        },
  )
