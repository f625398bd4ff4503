import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, RequestContext } from 'payload'

import type { AuditAction } from '../states'
import { writeAudit } from '../audit'

type Pending = { action: AuditAction; comment?: string }

const key = (collection: string, id: unknown) => `workflow:audit:${collection}:${String(id)}`

/** Called by `enforceWorkflow` to have `auditWorkflow` log the step once it is saved. */
export const rememberAuditEntry = (
  context: RequestContext,
  collection: string,
  id: unknown,
  pending: Pending,
) => {
  context[key(collection, id)] = pending
}

const titleOf = (doc: Record<string, unknown>, useAsTitle: string | undefined) =>
  String(doc[useAsTitle ?? 'id'] ?? doc.id)

/** Logs the workflow step of a saved revision: submit, approve, request changes, (un)publish, restore. */
export const auditWorkflow: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (!req.user) return doc
  const pendingKey = key(collection.slug, doc.id)
  const pending =
    (req.context[pendingKey] as Pending | undefined) ??
    (operation === 'create' && doc._status === 'published'
      ? { action: 'publish' as const }
      : undefined)
  delete req.context[pendingKey]
  if (pending) {
    await writeAudit(req, {
      action: pending.action,
      comment: pending.comment,
      targetCollection: collection.slug,
      targetId: doc.id,
      targetTitle: titleOf(doc, collection.admin?.useAsTitle),
    })
  }
  return doc
}

export const auditDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!req.user) return doc
  await writeAudit(req, {
    action: 'delete',
    targetCollection: collection.slug,
    targetId: doc.id,
    targetTitle: titleOf(doc, collection.admin?.useAsTitle),
  })
  return doc
}
