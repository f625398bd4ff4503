import type { CollectionAfterChangeHook } from 'payload'

import type { Reaction } from '@/payload-types'
import { revalidatePaths } from '@/lib/revalidate'

/** Reactions appear on the articles about their event. */
export const revalidateReaction: CollectionAfterChangeHook<Reaction> = async ({
  doc,
  req: { payload, context },
}) => {
  if (doc._status !== 'published' || context.disableRevalidate || !process.env.NEXT_RUNTIME) {
    return doc
  }
  const eventId = typeof doc.event === 'object' ? doc.event.id : doc.event
  const { docs } = await payload.find({
    collection: 'articles',
    where: { event: { equals: eventId } },
    select: { slug: true },
    pagination: false,
    depth: 0,
  })
  revalidatePaths(docs.map((article) => `/articles/${article.slug}`), context)
  return doc
}
