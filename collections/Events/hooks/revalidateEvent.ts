import type { CollectionAfterChangeHook } from 'payload'

import type { Event } from '@/payload-types'
import { revalidatePaths } from '@/lib/revalidate'

/** Articles show their event's infobox, so a published event change re-renders them. */
export const revalidateEvent: CollectionAfterChangeHook<Event> = async ({
  doc,
  req: { payload, context },
}) => {
  if (doc._status !== 'published' || context.disableRevalidate || !process.env.NEXT_RUNTIME) {
    return doc
  }
  const { docs } = await payload.find({
    collection: 'articles',
    where: { event: { equals: doc.id } },
    select: { slug: true },
    pagination: false,
    depth: 0,
  })
  revalidatePaths(['/', ...docs.map((article) => `/articles/${article.slug}`)], context)
  return doc
}
