import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Event } from '@/payload-types'
import { TAGS } from '@/lib/cacheTags'
import { announceChange, touchesReaders, type Change } from '@/lib/revalidate'
import { idOf } from '@/lib/relationId'

/** An event shows on its page, its articles' infoboxes, its parent's page and the lists. */
const eventChange = (event: Event, previous?: Event): Change => ({
  tags: [
    TAGS.events,
    TAGS.event(event.id),
    TAGS.eventSlug(event.slug),
    previous?.slug && TAGS.eventSlug(previous.slug),
    ...[idOf(event.partOf), idOf(previous?.partOf)].map((id) => id && TAGS.eventParts(id)),
  ].filter((tag): tag is string => Boolean(tag)),
})

export const revalidateEvent: CollectionAfterChangeHook<Event> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (touchesReaders({ doc, previousDoc, context: req.context })) {
    await announceChange(req, eventChange(doc, previousDoc))
  }
  return doc
}

export const revalidateDeletedEvent: CollectionAfterDeleteHook<Event> = async ({ doc, req }) => {
  if (touchesReaders({ doc, context: req.context })) await announceChange(req, eventChange(doc))
  return doc
}
