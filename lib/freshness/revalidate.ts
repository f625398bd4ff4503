import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import type { MaybeTag } from './cacheTags'
import { broadcastChange } from './revalidationBus'
import { clearSearchCache } from './searchCache'

/**
 * What a publish, unpublish or delete changed for readers: the cache tags it touched
 * (`cacheTags.ts`). The same tags re-render the pages in every instance and drop them at the
 * edge, which knows each cached page's tags from its response (`edgeTags.mjs`): one list, so
 * the edge drops exactly the pages Next re-renders.
 */
export type Change = { tags: string[] }

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
 * Announces what a change touched, once, when its save is committed (before that, a re-render
 * would read the old content). Every instance, this one included, hears it through PostgreSQL
 * (`revalidationBus.ts`), revalidates its own cache, then bans the tags at the edge: the last
 * ban thus follows the last instance's revalidation, so the edge cannot keep a page that a
 * lagging instance rendered from its stale cache.
 */
export async function announceChange(req: PayloadRequest, change: Change) {
  if (!canRevalidate(req.context)) return
  const tags = [...new Set(change.tags)]
  void afterCommit(req).then(() => broadcastChange(req.payload, { tags }))
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

type Publishable = { id: number | string; _status?: null | string }

/**
 * A collection's revalidation hooks, from what it alone knows: which tags a change of one of
 * its documents touches (`changeOf` sees the document and, on a save, its previous version).
 * A publish, an unpublish or the delete of a published document announces them; saving a
 * draft changes nothing readers see, so it announces nothing.
 */
export function revalidateOn<Doc extends Publishable>(
  changeOf: (doc: Doc, previous?: Doc) => MaybeTag[],
): { afterChange: CollectionAfterChangeHook<Doc>; afterDelete: CollectionAfterDeleteHook<Doc> } {
  const announce = (req: PayloadRequest, doc: Doc, previous?: Doc) =>
    announceChange(req, {
      tags: changeOf(doc, previous).filter((tag): tag is string => Boolean(tag)),
    })
  return {
    afterChange: async ({ doc, previousDoc, req }) => {
      if (touchesReaders({ doc, previousDoc, context: req.context })) {
        await announce(req, doc, previousDoc)
      }
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      if (touchesReaders({ doc, context: req.context })) await announce(req, doc)
      return doc
    },
  }
}
