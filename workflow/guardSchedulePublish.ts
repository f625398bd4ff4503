import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'

type ScheduleInput = { user?: { relationTo: string; value: number | string } | null }

/**
 * Scheduled publishing is for reviewers and admins. Payload's admin queues a `schedulePublish`
 * job for anyone who can open the admin and only checks rights when the job runs (as the
 * user who scheduled it, so `enforceWorkflow` refuses an editor's then); this refuses the
 * schedule itself.
 */
export const guardSchedulePublish: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.taskSlug !== 'schedulePublish') return data
  const scheduler = (data.input as ScheduleInput | undefined)?.user
  const user =
    scheduler?.relationTo === 'users'
      ? await req.payload.findByID({
          collection: 'users',
          id: scheduler.value,
          depth: 0,
          req,
          disableErrors: true,
        })
      : (req.user ?? null)
  if (!hasRole(user, 'reviewer', 'admin')) {
    throw new APIError('Only reviewers and admins can schedule publishing.', 403, null, true)
  }
  return data
}
