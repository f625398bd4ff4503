import type { Access } from 'payload'

import { hasRole } from './roles'

/** Readers get published documents only; the editorial team also sees drafts. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'editor', 'reviewer', 'admin')) return true
  return { _status: { equals: 'published' } }
}
