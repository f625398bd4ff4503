import { revalidateTag } from 'next/cache'
import type { PayloadRequest, RequestContext } from 'payload'

import { broadcastChange } from './revalidationBus'
import { clearSearchCache } from './searchCache'

/**
 * What a publish, unpublish or delete changed for readers: the cache tags it touched
 * (`lib/cacheTags.ts`). The same tags re-render the pages in every instance and drop them at
 * the edge, which knows each cached page's tags from its response (`lib/edgeTags.mjs`): one
 * list, so the edge drops exactly the pages Next re-renders. `paths` names URLs to purge on
 * their own, for a page that no tag reaches.
 */
export type Change = { tags: string[]; paths?: string[] }

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
 * Revalidates what a change touched in every instance and drops it from the edge, once the
 * save is committed (before that, a re-render would read the old content).
 *
 * This instance revalidates at once when it runs inside a request (the tags take effect when
 * the request ends, after the commit). Every instance, this one included, then hears the
 * change through PostgreSQL (`lib/revalidationBus.ts`), revalidates its own cache and bans the
 * tags at the edge: the last ban thus follows the last instance's revalidation, so the edge
 * cannot keep a page that a lagging instance rendered from its stale cache.
 */
export async function announceChange(req: PayloadRequest, change: Change) {
  if (!canRevalidate(req.context)) return
  const tags = [...new Set(change.tags)]
  const paths = [...new Set(change.paths ?? [])]
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
