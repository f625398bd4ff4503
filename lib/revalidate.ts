import { revalidatePath } from 'next/cache'
import type { Payload, RequestContext } from 'payload'

import { idOf } from './relationId'

/** Pages that list every published document: re-rendered whenever anything is published. */
export const LIST_PATHS = ['/', '/sitemap.xml', '/feed.xml']

/**
 * True when a save changes what readers see: a published document saved, or one unpublished.
 * Saving a draft changes nothing for readers.
 */
export const touchesReaders = ({
  doc,
  previousDoc,
  context,
}: {
  doc: { _status?: null | string }
  previousDoc?: { _status?: null | string }
  context: RequestContext
}) =>
  (doc._status === 'published' || previousDoc?._status === 'published') && canRevalidate(context)

/**
 * Purges reader pages after content changes. Seeds, migrations and tests run Payload outside
 * a Next.js server, where `revalidatePath` throws, so they skip it (or set
 * `context.disableRevalidate`).
 */
export const canRevalidate = (context: RequestContext) =>
  !context.disableRevalidate && Boolean(process.env.NEXT_RUNTIME)

export const revalidatePaths = (paths: Iterable<string>, context: RequestContext) => {
  if (!canRevalidate(context)) return
  for (const path of new Set(paths)) revalidatePath(path)
}

/** The paths of the published articles matching `where`. */
export async function articlePaths(payload: Payload, where: object): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [where, { _status: { equals: 'published' } }] } as never,
    select: { slug: true },
    pagination: false,
    depth: 0,
  })
  return docs.map((article) => `/articles/${article.slug}`)
}

/** An event page and every page that shows the event: its articles, its parent and parts. */
export async function eventPaths(payload: Payload, eventId: number): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { or: [{ id: { equals: eventId } }, { partOf: { equals: eventId } }] },
    select: { slug: true, partOf: true },
    pagination: false,
    depth: 0,
  })
  const parentIds = docs.map((event) => idOf(event.partOf)).filter((id) => id !== undefined)
  const parents = parentIds.length
    ? (
        await payload.find({
          collection: 'events',
          where: { id: { in: parentIds } },
          select: { slug: true },
          pagination: false,
          depth: 0,
        })
      ).docs
    : []
  return [
    ...[...docs, ...parents].map((event) => `/events/${event.slug}`),
    ...(await articlePaths(payload, { event: { equals: eventId } })),
  ]
}
