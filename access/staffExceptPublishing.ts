import type { Access } from 'payload'

import { hasRole, isReviewer } from './roles'

/**
 * The editorial team may create and edit; only reviewers and admins may ask for the published
 * status. Payload also asks this with `{ _status: 'published' }` to decide whether to show the
 * Publish and Schedule buttons, and before a restore or a bulk update. The workflow's
 * `enforceWorkflow` hook refines it per document (four-eyes, unpublishing, approving).
 */
export const staffExceptPublishing: Access = ({ req: { user }, data }) => {
  if (isReviewer(user)) return true
  if (!hasRole(user, 'editor')) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}
