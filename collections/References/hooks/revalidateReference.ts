import type { CollectionAfterChangeHook } from 'payload'

import type { Reference } from '@/payload-types'
import { articlePaths, eventPaths, revalidatePaths, touchesReaders } from '@/lib/revalidate'

/**
 * A corrected reference re-renders every page that lists it: articles citing it (in the text
 * or as further reading), and the pages of events and reactions that cite it.
 */
export const revalidateReference: CollectionAfterChangeHook<Reference> = async ({
  doc,
  previousDoc,
  req: { payload, context },
}) => {
  if (!touchesReaders({ doc, previousDoc, context })) return doc
  const [events, reactions] = await Promise.all([
    payload.find({
      collection: 'events',
      where: {
        or: [
          { 'figures.reference': { equals: doc.id } },
          { 'perpetrators.reference': { equals: doc.id } },
        ],
      },
      select: {},
      pagination: false,
      depth: 0,
    }),
    payload.find({
      collection: 'reactions',
      where: { reference: { equals: doc.id } },
      select: { event: true },
      pagination: false,
      depth: 0,
    }),
  ])
  const eventIds = new Set([
    ...events.docs.map((event) => event.id),
    ...reactions.docs.map((reaction) =>
      typeof reaction.event === 'object' ? reaction.event.id : reaction.event,
    ),
  ])
  const paths = await articlePaths(payload, {
    or: [{ citedReferences: { equals: doc.id } }, { furtherReferences: { equals: doc.id } }],
  })
  for (const eventId of eventIds) paths.push(...(await eventPaths(payload, eventId)))
  revalidatePaths(paths, context)
  return doc
}
