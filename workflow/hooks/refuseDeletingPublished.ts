import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { hasRole } from '@/access/roles'

import { EVER_PUBLISHED_DELETE_RULE } from '../everPublished'

/**
 * Says which rule refuses an editor's deletion of a document that was ever published. The
 * delete access (`deleteUnpublishedOrReviewer`) already filters such documents out, which
 * Payload answers with a bare "not allowed"; this names the rule on every door (REST, GraphQL,
 * the Local API on a user's behalf, the admin's bulk delete), before the access check runs.
 */
export const refuseDeletingPublished: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'delete') return args
  const { id, where, overrideAccess } = args as {
    id?: number | string
    where?: Where
    overrideAccess?: boolean
  }
  if (overrideAccess || !req.user || hasRole(req.user, 'reviewer', 'admin')) return args
  const target: Where | undefined = id !== undefined && id !== null ? { id: { equals: id } } : where
  if (!target) return args
  const { docs } = await req.payload.find({
    collection: collection.slug,
    where: { and: [target, { everPublished: { equals: true } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  if (!docs.length) return args
  const title = (docs[0] as unknown as Record<string, unknown>)[
    collection.admin?.useAsTitle ?? 'id'
  ]
  throw new APIError(
    `${EVER_PUBLISHED_DELETE_RULE} "${String(title ?? docs[0].id)}" was published.`,
    403,
    null,
    true,
  )
}
