import { timingSafeEqual } from 'node:crypto'
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeDeleteHook,
  type Config,
  createLocalReq,
  type Payload,
  type PayloadRequest,
  type TaskHandler,
  type TypedUser,
  type Where,
} from 'payload'

import { isReviewer } from '@/access/roles'

import { writeAudit } from './audit'
import { formatRevisionTime, mayScheduleOrCancel } from './machine'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from './states'

const SCHEDULE_TASK = 'schedulePublish'

/** The revision a scheduled publish puts out: the version a reviewer approved, by id and time. */
export type PinnedRevision = { version: number | string; updatedAt: string }

/** A scheduled publish's input: Payload's own (`type`, `doc`, `user`) and the pinned revision. */
export type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: string; value: number | string }
  user?: { relationTo: string; value: number | string } | null
  revision?: PinnedRevision | null
}

/** Set on the save a scheduled publish makes, so it does not cancel itself. */
const SCHEDULED_RUN = 'workflow:scheduledRun'

const isWorkflowCollection = (slug: unknown): slug is WorkflowCollection =>
  (WORKFLOW_COLLECTIONS as readonly unknown[]).includes(slug)

/**
 * The document's newest revision (draft or published), as a publish now would put it out.
 * `updatedAt` is the revision's own, the one clients name when they approve it.
 */
export async function newestRevision({
  payload,
  collection,
  id,
  req,
}: {
  payload: Payload
  collection: WorkflowCollection
  id: number | string
  req?: PayloadRequest
}): Promise<(PinnedRevision & { title: string }) | null> {
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: Number(id) } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    ...(req ? { req } : {}),
  })
  const version = docs[0] as unknown as
    { id: number | string; version: Record<string, unknown> & { updatedAt: string } } | undefined
  if (!version) return null
  const useAsTitle = payload.collections[collection].config.admin?.useAsTitle ?? 'id'
  return {
    version: version.id,
    updatedAt: version.version.updatedAt,
    title: String(version.version[useAsTitle] ?? id),
  }
}

/** The pending (not yet run, not running) scheduled publishes of one document. */
const pendingPublishesOf = (collection: string, id: number | string): Where => ({
  and: [
    { taskSlug: { equals: SCHEDULE_TASK } },
    { 'input.doc.value': { equals: String(id) } },
    { 'input.doc.relationTo': { equals: collection } },
    { completedAt: { exists: false } },
    { processing: { equals: false } },
  ],
})

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
  const scheduler = (input as ScheduleInput | undefined)?.user
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
  return actor ? ({ ...actor, collection: 'users' } as TypedUser) : null
}

/** A request acting as `user` (with its own transaction), for audit entries written outside one. */
const requestAs = (payload: Payload, user: TypedUser | null | undefined) =>
  createLocalReq({ user: user ?? undefined }, payload)

/**
 * Pins a scheduled publish to a revision: the one the input names (the schedule endpoint's,
 * which the reviewer named), or else the newest one now (Payload's admin schedule, which
 * names none: an admin schedules what they see). Refuses a document that has no revision.
 */
async function pinRevision(payload: Payload, input: ScheduleInput, req?: PayloadRequest) {
  const collection = input.doc?.relationTo
  if (!isWorkflowCollection(collection) || input.doc?.value === undefined) return null
  const newest = await newestRevision({ payload, collection, id: input.doc.value, req })
  if (!newest) throw new APIError('There is no revision of this document to publish.', 404)
  return input.revision ?? { version: newest.version, updatedAt: newest.updatedAt }
}

/**
 * Payload's admin queues scheduled publishes through `payload.jobs.queue`, which writes the
 * job straight to the database (no collection hooks) with access overridden; the checks are
 * put in front of it, for every caller: only reviewers and admins schedule, and every
 * scheduled publish is pinned to a revision (and logged). The task itself is replaced by one
 * that publishes exactly that revision or nothing (`publishPinnedRevision`).
 */
export function guardJobQueue(payload: Payload) {
  const queue = payload.jobs.queue.bind(payload.jobs)
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    if (!('task' in args) || args.task !== SCHEDULE_TASK) return queue(args)
    const input = (args.input ?? {}) as ScheduleInput
    const actor = await assertMaySchedule(payload, input, args.req)
    const publishing = input.type !== 'unpublish'
    const revision = publishing ? await pinRevision(payload, input, args.req) : null
    const job = await queue({ ...args, input: { ...input, revision } as never })
    if (revision && input.doc) {
      const req = args.req?.user ? (args.req as PayloadRequest) : await requestAs(payload, actor)
      await writeAudit(req, {
        action: 'schedule',
        comment: `The revision of ${formatRevisionTime(revision.updatedAt)} is to be published${args.waitUntil ? ` at ${formatRevisionTime(args.waitUntil.toISOString())}` : ''}.`,
        targetCollection: input.doc.relationTo,
        targetId: input.doc.value,
        targetTitle: await titleOf(payload, input.doc.relationTo, input.doc.value, args.req),
      })
    }
    return job
  }) as typeof payload.jobs.queue
  const task = payload.config.jobs.tasks?.find(({ slug }) => slug === SCHEDULE_TASK)
  if (task && typeof task.handler === 'function') {
    task.handler = publishPinnedRevision(task.handler as TaskHandler<'schedulePublish'>)
  }
}

const titleOf = async (
  payload: Payload,
  collection: string,
  id: number | string,
  req?: Partial<PayloadRequest>,
) =>
  isWorkflowCollection(collection)
    ? ((await newestRevision({ payload, collection, id, req: req as PayloadRequest }))?.title ??
      String(id))
    : String(id)

/**
 * The scheduled publish as it runs: it publishes the pinned revision, as the reviewer who
 * scheduled it (so the workflow's rules and the citation checks apply as to any approval),
 * naming the revision, so the workflow's compare-and-set refuses it should another revision
 * have been saved since. A schedule that names no revision, or whose revision is no longer
 * the newest, publishes nothing: the job fails, saying why, and the audit log records it.
 * Unpublishes are left to Payload's own task.
 */
const publishPinnedRevision =
  (payloadTask: TaskHandler<'schedulePublish'>): TaskHandler<'schedulePublish'> =>
  async (args) => {
    const input = args.input as ScheduleInput
    const { payload } = args.req
    if (input.type === 'unpublish' || !input.doc) return payloadTask(args)
    const collection = input.doc.relationTo
    const id = Number(input.doc.value)
    if (!isWorkflowCollection(collection)) return payloadTask(args)
    const user = input.user?.value
      ? ({
          ...(await payload.findByID({ collection: 'users', id: input.user.value, depth: 0 })),
          collection: 'users',
        } as TypedUser)
      : null
    const pinned = input.revision
    const newest = await newestRevision({ payload, collection, id })
    const refusal = !user
      ? 'it names no reviewer who scheduled it; schedule it again'
      : !pinned
        ? 'it names no revision (it was queued before publishes were pinned); schedule it again'
        : !newest || String(newest.version) !== String(pinned.version)
          ? `the revision of ${formatRevisionTime(pinned.updatedAt)} it was to publish is no longer the newest${newest ? ` (one of ${formatRevisionTime(newest.updatedAt)} was saved since)` : ''}, and no reviewer scheduled that one`
          : undefined
    if (refusal || !pinned || !user) {
      const message = `Nothing was published: ${refusal}.`
      await writeAudit(await requestAs(payload, user), {
        action: 'cancel_schedule',
        comment: message,
        targetCollection: collection,
        targetId: id,
        targetTitle: newest?.title ?? String(id),
      })
      throw new Error(message)
    }
    await payload.update({
      collection,
      id,
      data: { _status: 'published', updatedAt: pinned.updatedAt },
      depth: 0,
      overrideAccess: false,
      user,
      context: { [SCHEDULED_RUN]: true },
    })
    return { output: {} }
  }

/**
 * A save made while a publish is scheduled replaces the revision the reviewer approved for
 * it, so it cancels the schedule: the save goes through, the pending scheduled publishes of
 * the document are deleted in the same transaction, the audit log records why, and the saved
 * document carries `scheduleCancelled` saying so (the REST answer to the save, for the admin
 * and API clients). The scheduled publish's own save cancels nothing.
 */
export const cancelSchedulesOnSave: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.context[SCHEDULED_RUN]) return doc
  const { docs: jobs } = await req.payload.db.find<{ id: number | string; waitUntil?: string }>({
    collection: 'payload-jobs',
    where: pendingPublishesOf(collection.slug, doc.id),
    pagination: false,
    limit: 0,
    req,
  })
  if (!jobs.length) return doc
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    where: { id: { in: jobs.map((job) => job.id) } },
    req,
  })
  const when = jobs
    .map((job) => (job.waitUntil ? formatRevisionTime(job.waitUntil) : 'now'))
    .join(', ')
  const message = `The publish scheduled for ${when} was cancelled: this save made a new revision, which no reviewer has approved. Submit it for review and schedule it again.`
  await writeAudit(req, {
    action: 'cancel_schedule',
    comment: message,
    targetCollection: collection.slug,
    targetId: doc.id,
    targetTitle: String(doc[collection.admin?.useAsTitle ?? 'id'] ?? doc.id),
  })
  return { ...doc, scheduleCancelled: message }
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
