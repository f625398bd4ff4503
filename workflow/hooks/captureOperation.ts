import type { CollectionBeforeOperationHook, RequestContext } from 'payload'

import { isStaff } from '@/access/roles'

import type { WorkflowCollection } from '../states'
import { lockAndReadRevision } from '../revision'

export type OperationFacts = {
  draft: boolean
  overrideAccess: boolean
  /** Which API the write came through: approvals from outside must name their revision. */
  api: 'GraphQL' | 'local' | 'REST'
  /**
   * What the client itself sent, before Payload merges the stored revision into the data the
   * `beforeChange` hooks see: the revision it loaded (`updatedAt`) and the state it asks for.
   */
  sent: { updatedAt?: unknown; workflowState?: unknown }
}

const key = (collection: string) => `workflow:operation:${collection}`

/**
 * What `beforeOperation` learnt about the write under way (hooks further on are not told), or
 * `undefined` when it never ran — which the workflow treats as a refusal, not as a pass.
 */
export const operationFacts = (
  context: RequestContext,
  collection: string,
): OperationFacts | undefined => context[key(collection)] as OperationFacts | undefined

/**
 * Remembers whether a write saves a draft or the live document and what the client sent,
 * which the workflow's `beforeChange` needs and Payload does not pass to it; locks the
 * document's row before Payload reads it (so concurrent saves of one document take turns and
 * each starts from what the previous one committed); and reads drafts only for the team: a
 * reader asking for `draft: true` (REST `?draft=true`, GraphQL `draft: true`) gets the
 * published documents, as without it.
 */
export const captureOperation: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const options = args as {
    draft?: boolean
    overrideAccess?: boolean
    id?: number | string
    data?: Record<string, unknown>
  }
  if (operation === 'read' || operation === 'count' || operation === 'readDistinct') {
    if (!isStaff(req.user)) options.draft = false
    return args
  }
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    const data = options.data && typeof options.data === 'object' ? options.data : {}
    req.context[key(collection.slug)] = {
      draft: Boolean(options.draft),
      overrideAccess: Boolean(options.overrideAccess),
      api: req.payloadAPI ?? 'local',
      sent: { updatedAt: data.updatedAt, workflowState: data.workflowState },
    } satisfies OperationFacts
  }
  if (operation === 'update' && options.id !== undefined && options.id !== null) {
    await lockAndReadRevision(req, collection.slug as WorkflowCollection, options.id)
  }
  return args
}
