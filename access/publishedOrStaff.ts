import type { Access } from 'payload'

import { isStaff } from './roles'

/** Readers get published documents only; the editorial team also sees drafts. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { _status: { equals: 'published' } }
}
