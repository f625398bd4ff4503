import type { ServerProps } from 'payload'
import React from 'react'

import { isStaff } from '@/access/roles'

/** A link to the Review queue under the collections in the admin's navigation. */
export function ReviewQueueNavLink({ user, payload }: ServerProps) {
  if (!isStaff(user as never)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/review-queue`}>
      <span className="nav__link-label">Review queue</span>
    </a>
  )
}
