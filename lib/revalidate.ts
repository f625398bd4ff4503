import { revalidateTag } from 'next/cache'
import type { PayloadRequest, RequestContext, Where } from 'payload'

import { TAGS } from './cacheTags'
import { broadcastChange } from './revalidationBus'
import { clearSearchCache } from './searchCache'
import { idOf } from './relationId'

/**
 * What a publish, unpublish or delete changed for readers: the cache tags it touched, and the
 * URLs of the pages carrying them (the edge cache is purged by URL, as MediaWiki purges its
 * CDN). Hooks build it; `announceChange` revalidates and purges.
 */
export type Change = { tags: string[]; paths: string[] }

/**
 * The first pages of the site-wide article lists, whatever changed among them. Later pages of
 * a list (and the sitemap's files) are re-rendered by Next and expire at the edge on time.
 */
export const LIST_PATHS = ['/', '/articles', '/sitemap.xml', '/feed.xml']
const EVENT_LIST_PATHS = ['/', '/events', '/events.csv', '/events.json']

/**
 * At most this many URLs are purged for one change. Tags stay exact whatever the count (Next
 * re-renders lazily, on the next visit); a purge beyond this bound would cost more than the
 * edge's own expiry (`deploy/varnish/annals.vcl`) saves, so the rest expire there on time.
 */
export const MAX_PURGED_PATHS = 500

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
 * Seeds, migrations and tests run Payload outside a Next.js server, where there is no page
 * cache to revalidate, so they skip it (or set `context.disableRevalidate`).
 */
export const canRevalidate = (context: RequestContext) =>
  !context.disableRevalidate && Boolean(process.env.NEXT_RUNTIME)

/**
 * Revalidates tags in this instance now: the next visit re-renders (no stale-while-revalidate).
 * Any change may move search results, so the cached ones go too.
 */
export function revalidateTagsHere(tags: Iterable<string>) {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
  clearSearchCache()
}

/**
 * Revalidates what a change touched in every instance and purges it from the edge, once the
 * save is committed (before that, a re-render would read the old content).
 *
 * This instance revalidates at once when it runs inside a request (the tags take effect when
 * the request ends, after the commit). Every instance, this one included, then hears the
 * change through PostgreSQL (`lib/revalidationBus.ts`), revalidates its own cache and purges
 * the edge: the last purge thus follows the last instance's revalidation, so the edge cannot
 * keep a page that a lagging instance rendered from its stale cache.
 */
export async function announceChange(req: PayloadRequest, change: Change) {
  if (!canRevalidate(req.context)) return
  const tags = [...new Set(change.tags)]
  const paths = [...new Set([...change.paths, ...(await pathsForTags(req, tags))])].slice(
    0,
    MAX_PURGED_PATHS,
  )
  try {
    revalidateTagsHere(tags)
  } catch {
    // Outside a request (a scheduled job): the broadcast below reaches this instance too.
  }
  void afterCommit(req).then(() => broadcastChange(req.payload, { tags, paths }))
}

// Payload removes the transaction id from the request when it commits or rolls back.
const COMMIT_POLL_MS = 10
const COMMIT_WAIT_MS = 30_000

async function afterCommit(req: PayloadRequest) {
  const started = Date.now()
  while (req.transactionID && Date.now() - started < COMMIT_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, COMMIT_POLL_MS))
  }
}

const find = async (req: PayloadRequest, collection: 'articles' | 'events', where: Where) =>
  (
    await req.payload.find({
      collection,
      where: { and: [where, { _status: { equals: 'published' } }] },
      select: collection === 'articles' ? { slug: true } : { slug: true, partOf: true },
      pagination: false,
      depth: 0,
      req,
    })
  ).docs as { id: number; slug: string; partOf?: null | number | { id: number } }[]

export const articlePagePaths = (slug: string) => [`/articles/${slug}`, `/articles/${slug}/history`]

/** The pages of the published articles matching `where`. */
async function articlePaths(req: PayloadRequest, where: Where): Promise<string[]> {
  return (await find(req, 'articles', where)).flatMap((article) => articlePagePaths(article.slug))
}

/** An event page and every page that shows the event: its articles, its parent and parts. */
async function eventPaths(req: PayloadRequest, eventId: number): Promise<string[]> {
  const events = await find(req, 'events', {
    or: [{ id: { equals: eventId } }, { partOf: { equals: eventId } }],
  })
  const parentIds = events.map((event) => idOf(event.partOf)).filter((id) => id !== undefined)
  const parents = parentIds.length ? await find(req, 'events', { id: { in: parentIds } }) : []
  return [
    ...[...events, ...parents].map((event) => `/events/${event.slug}`),
    ...(await articlePaths(req, { event: { equals: eventId } })),
  ]
}

/** The pages showing each published event matching `where`. */
async function eventsPaths(req: PayloadRequest, where: Where): Promise<string[]> {
  const paths: string[] = []
  for (const event of await find(req, 'events', where))
    paths.push(...(await eventPaths(req, event.id)))
  return paths
}

async function eventPagePath(req: PayloadRequest, eventId: number) {
  return (await find(req, 'events', { id: { equals: eventId } })).map((e) => `/events/${e.slug}`)
}

/** Pages citing a reference: in an article's text or further reading, in an event or reaction. */
async function referencePaths(req: PayloadRequest, referenceId: number): Promise<string[]> {
  // One query at a time: inside the save's transaction they share one connection.
  const events = await find(req, 'events', {
    or: [
      { 'figures.reference': { equals: referenceId } },
      { 'perpetrators.reference': { equals: referenceId } },
    ],
  })
  const reactions = await req.payload.find({
    collection: 'reactions',
    where: { reference: { equals: referenceId } },
    select: { event: true },
    pagination: false,
    depth: 0,
    req,
  })
  const eventIds = new Set([
    ...events.map((event) => event.id),
    ...reactions.docs.map((reaction) => idOf(reaction.event)).filter((id) => id !== undefined),
  ])
  const paths = await articlePaths(req, {
    or: [
      { citedReferences: { equals: referenceId } },
      { furtherReferences: { equals: referenceId } },
    ],
  })
  for (const eventId of eventIds) paths.push(...(await eventPaths(req, eventId)))
  return paths
}

/**
 * The URLs of the pages carrying a tag: the tag list of `lib/cacheTags.ts` read backwards.
 * Related-article cards are the one use left out: which pages show an article among their
 * related ones is known only by rendering them, so those pages are re-rendered by Next (the
 * tag) and expire at the edge on its own schedule.
 */
export async function pathsForTag(req: PayloadRequest, tag: string): Promise<string[]> {
  if (tag === TAGS.articles) return LIST_PATHS
  if (tag === TAGS.events) return EVENT_LIST_PATHS
  const [kind, value] = [tag.slice(0, tag.indexOf(':')), tag.slice(tag.indexOf(':') + 1)]
  const id = Number(value)
  switch (kind) {
    case 'article':
      return [
        ...(await articlePaths(req, { id: { equals: id } })),
        ...(await articlePaths(req, { seeAlso: { equals: id } })),
        ...(await eventsPaths(req, { 'victims.article': { equals: id } })),
      ]
    case 'article-slug':
      return articlePagePaths(value)
    case 'linked-from':
      return articlePaths(req, { id: { equals: id } })
    case 'event':
    case 'event-reactions':
      return eventPaths(req, id)
    case 'event-slug':
      return [`/events/${value}`]
    case 'event-articles':
    case 'event-parts':
      return eventPagePath(req, id)
    case 'reference':
      return [
        `/references/${id}`,
        `/references/${id}/bibtex`,
        `/references/${id}/csl-json`,
        ...(await referencePaths(req, id)),
      ]
    default:
      // reaction:, media: — their pages carry the event's or the article's tags as well.
      return []
  }
}

export async function pathsForTags(req: PayloadRequest, tags: string[]): Promise<string[]> {
  const paths: string[] = []
  for (const tag of tags) paths.push(...(await pathsForTag(req, tag)))
  return paths
}
