import type { Access } from 'payload'

import { hasRole, isReviewer } from './roles'

/**
 * Reviewers and admins delete anything; editors only what readers have never been shown:
 * not a document published once and unpublished since (`everPublished` is set by the workflow
 * on the first publish and never cleared). Returning a query makes the admin hide Delete on
 * such documents too.
 */
export const deleteUnpublishedOrReviewer: Access = ({ req: { user } }) => {
  if (isReviewer(user)) return true
  if (!hasRole(user, 'editor')) return false
  return {
    or: [{ everPublished: { equals: false } }, { everPublished: { exists: false } }],
  }
}
