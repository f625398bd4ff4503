import type { CollectionAfterChangeHook } from 'payload'

import type { Event } from '@/payload-types'
import { eventPaths, LIST_PATHS, revalidatePaths, touchesReaders } from '@/lib/revalidate'

/** A published event change re-renders its page, its articles (the infobox) and the lists. */
export const revalidateEvent: CollectionAfterChangeHook<Event> = async ({
  doc,
  previousDoc,
  req: { payload, context },
}) => {
  if (!touchesReaders({ doc, previousDoc, context })) return doc
  const paths = [...LIST_PATHS, '/events', ...(await eventPaths(payload, doc.id))]
  if (previousDoc?.slug && previousDoc.slug !== doc.slug) paths.push(`/events/${previousDoc.slug}`)
  revalidatePaths(paths, context)
  return doc
}
