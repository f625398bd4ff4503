import type { CollectionAfterChangeHook } from 'payload'

import type { Reaction } from '@/payload-types'
import { eventPaths, revalidatePaths, touchesReaders } from '@/lib/revalidate'

/** Reactions appear on their event's page and on the articles about the event. */
export const revalidateReaction: CollectionAfterChangeHook<Reaction> = async ({
  doc,
  previousDoc,
  req: { payload, context },
}) => {
  if (!touchesReaders({ doc, previousDoc, context })) return doc
  const eventIds = new Set(
    [doc.event, previousDoc?.event].map((event) => (typeof event === 'object' ? event?.id : event)),
  )
  const paths: string[] = []
  for (const eventId of eventIds) if (eventId) paths.push(...(await eventPaths(payload, eventId)))
  revalidatePaths(paths, context)
  return doc
}
