import { timingSafeEqual } from 'node:crypto'
import {
  APIError,
  type CollectionBeforeDeleteHook,
  type Config,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { isReviewer } from '@/access/roles'

import { mayScheduleOrCancel } from './machine'

const SCHEDULE_TASK = 'schedulePublish'

/**
 * True when the request carries `Authorization: Bearer <CRON_SECRET>`: how an external runner
 * (a system cron calling `GET /api/payload-jobs/run`) proves itself, without a user's token.
 * With no CRON_SECRET set, no request may run the queue over HTTP.
 */
export const hasCronSecret = (req: Pick<PayloadRequest, 'headers'>) => {
  const secret = process.env.CRON_SECRET
  const header = req.headers?.get('authorization') ?? ''
  if (!secret || !header.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length))
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const refuse = () =>
  new APIError('Only reviewers and admins can schedule or cancel a publish.', 403, null, true)

/**
 * Payload's admin queues a scheduled publish with the scheduling user in the job's input and
 * cancels one by deleting the job, both with access overridden; the checks below make the
 * rule hold there too: only reviewers and admins schedule or cancel.
 */
async function assertMaySchedule(payload: Payload, input: unknown, req?: Partial<PayloadRequest>) {
  const scheduler = (input as { user?: { value?: number | string } | null } | undefined)?.user
  const actor =
    scheduler?.value !== undefined && scheduler.value !== null
      ? await payload.findByID({
          collection: 'users',
          id: scheduler.value,
          depth: 0,
          disableErrors: true,
          ...(req?.transactionID ? { req } : {}),
        })
      : req?.user
  // Server code queueing without a user (seeds, maintenance) is trusted; a person must qualify.
  if (actor && !mayScheduleOrCancel(actor.roles)) throw refuse()
}

/**
 * Payload's admin queues scheduled publishes through `payload.jobs.queue`, which writes the
 * job straight to the database (no collection hooks) with access overridden; the check is
 * put in front of it, for every caller.
 */
export function guardJobQueue(payload: Payload) {
  const queue = payload.jobs.queue.bind(payload.jobs)
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    if ('task' in args && args.task === SCHEDULE_TASK) {
      await assertMaySchedule(payload, args.input, args.req)
    }
    return queue(args)
  }) as typeof payload.jobs.queue
}

const guardCancelling: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || isReviewer(req.user)) return
  const job = await req.payload.db.findOne<{ id: number | string; taskSlug?: string }>({
    collection: 'payload-jobs',
    where: { id: { equals: id } },
    req,
  })
  if (job?.taskSlug === SCHEDULE_TASK) throw refuse()
}

/**
 * The jobs queue (scheduled publishes). It is run over HTTP by whoever holds CRON_SECRET:
 * `npm start` does so every five seconds when JOBS_AUTORUN=1 (its default), so the jobs run
 * inside a request of the site and revalidate the reader pages like any approval.
 */
export const jobsConfig: Config['jobs'] = {
  access: {
    run: ({ req }) => hasCronSecret(req),
    queue: ({ req }) => mayScheduleOrCancel(req.user?.roles),
    cancel: ({ req }) => mayScheduleOrCancel(req.user?.roles),
  },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    hooks: {
      ...defaultJobsCollection.hooks,
      beforeDelete: [...(defaultJobsCollection.hooks?.beforeDelete ?? []), guardCancelling],
    },
  }),
}
