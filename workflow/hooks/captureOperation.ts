import type { CollectionBeforeOperationHook, RequestContext } from 'payload'

import { hasRole } from '@/access/roles'

export type OperationFacts = { draft: boolean; overrideAccess: boolean }

const key = (collection: string) => `workflow:operation:${collection}`

/** What `beforeOperation` learnt about the write under way (hooks further on are not told). */
export const operationFacts = (context: RequestContext, collection: string): OperationFacts =>
  (context[key(collection)] as OperationFacts | undefined) ?? { draft: false, overrideAccess: true }

/**
 * Remembers whether a write saves a draft or the live document, which the workflow's
 * `beforeChange` needs and Payload does not pass to it; and reads drafts only for the team:
 * a reader asking for `draft: true` (REST `?draft=true`, GraphQL `draft: true`) gets the
 * published documents, as without it.
 */
export const captureOperation: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const options = args as { draft?: boolean; overrideAccess?: boolean }
  if (operation === 'read' || operation === 'count' || operation === 'readDistinct') {
    if (!hasRole(req.user, 'editor', 'reviewer', 'admin')) options.draft = false
    return args
  }
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    req.context[key(collection.slug)] = {
      draft: Boolean(options.draft),
      overrideAccess: Boolean(options.overrideAccess),
    } satisfies OperationFacts
  }
  return args
}
