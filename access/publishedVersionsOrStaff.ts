import type { Access } from 'payload'

import { isStaff } from './roles'

/**
 * Version history: the team sees every revision; readers see the published ones only (the
 * public history page lists them), never a draft or a revision waiting for review.
 */
export const publishedVersionsOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { 'version._status': { equals: 'published' } }
}
