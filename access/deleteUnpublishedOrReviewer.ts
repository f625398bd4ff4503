import type { Access } from 'payload'

import { hasRole, isReviewer } from './roles'

/** Reviewers and admins delete anything; editors only what readers have never been shown. */
export const deleteUnpublishedOrReviewer: Access = ({ req: { user } }) => {
  if (isReviewer(user)) return true
  if (!hasRole(user, 'editor')) return false
  return { _status: { not_equals: 'published' } }
}
