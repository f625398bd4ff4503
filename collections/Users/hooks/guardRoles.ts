import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'

const sameRoles = (a: readonly string[] = [], b: readonly string[] = []) =>
  [...a].sort().join() === [...b].sort().join()

/**
 * Only admins change roles. Field access alone would drop the field silently and answer 200;
 * a non-admin who asks for a different role is told no (403), whatever the API.
 */
export const guardRoles: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' || args.overrideAccess || hasRole(req.user, 'admin')) return args
  const { data, id } = args as { data?: { roles?: string[] }; id?: number | string }
  const roles = data?.roles
  if (roles === undefined) return args
  const current =
    id !== undefined
      ? (await req.payload.findByID({ collection: 'users', id, depth: 0, req })).roles
      : undefined
  if (!current || !sameRoles(roles, current)) {
    throw new APIError('Only an admin can change roles.', 403, null, true)
  }
  return args
}
