import type { Event } from '@/payload-types'
import { revalidateOn, TAGS } from '@/lib/freshness'
import { idOf } from '@/lib/relationId'

/** An event shows on its page, its articles' infoboxes, its parent's page and the lists. */
const eventTags = (event: Event, previous?: Event) => [
  TAGS.events,
  TAGS.event(event.id),
  TAGS.eventSlug(event.slug),
  previous?.slug && TAGS.eventSlug(previous.slug),
  ...[idOf(event.partOf), idOf(previous?.partOf)].map((id) => id && TAGS.eventParts(id)),
]

export const revalidateEvent = revalidateOn(eventTags)
