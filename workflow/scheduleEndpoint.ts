import type { Endpoint, PayloadRequest } from 'payload'

import { idOf } from '@/lib/relationId'

import { checkTransition, type RefusalCode, staleRevisionMessage } from './machine'
import { sameRevision } from './revision'
import { newestRevision } from './schedule'
import type { WorkflowCollection, WorkflowState } from './states'

type Doc = {
  id: number
  updatedAt: string
  workflowState?: WorkflowState | null
  lastEditedBy?: number | { id: number } | null
  savedByName?: string | null
}

const fail = (status: number, message: string, field?: string, code?: RefusalCode) =>
  Response.json(
    {
      errors: [
        field
          ? { message, data: { ...(code ? { code } : {}), errors: [{ path: field, message }] } }
          : { message },
      ],
    },
    { status },
  )

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
}

/**
 * `POST /api/<collection>/<id>/schedule` with `{"publishAt": "<ISO date>", "updatedAt": "…"}`:
 * a reviewer or admin schedules the approval of the revision in review (the one whose
 * `updatedAt` they name). The job runs as them, through the workflow's rules, when it is due,
 * and publishes that revision or nothing; a save before then cancels the schedule.
 * `DELETE` on the same path cancels the document's pending scheduled publishes.
 */
export const scheduleEndpoints = (collection: WorkflowCollection): Endpoint[] => {
  const load = async (req: PayloadRequest) => {
    const id = Number(req.routeParams?.id)
    if (!req.user) return { error: fail(401, 'Sign in to schedule a publish.') }
    const doc = Number.isInteger(id)
      ? ((await req.payload
          .findByID({
            collection,
            id,
            draft: true,
            depth: 0,
            overrideAccess: false,
            user: req.user,
            disableErrors: true,
          })
          .catch(() => null)) as Doc | null)
      : null
    if (!doc) return { error: fail(404, 'No such document.') }
    return { doc }
  }
  return [
    {
      path: '/:id/schedule',
      method: 'post',
      handler: async (req) => {
        const { doc, error } = await load(req)
        if (error) return error
        const body = await readBody(req)
        const publishAt = new Date(typeof body.publishAt === 'string' ? body.publishAt : NaN)
        if (Number.isNaN(publishAt.getTime()) || publishAt.getTime() <= Date.now()) {
          return fail(400, 'Give publishAt: a date and time in the future (ISO 8601).', 'publishAt')
        }
        const refusal = checkTransition('schedule_publish', {
          state: doc.workflowState ?? 'draft',
          roles: req.user!.roles,
          isOwnRevision: String(idOf(doc.lastEditedBy)) === String(req.user!.id),
        })
        if (refusal) return fail(refusal.status, refusal.message, refusal.field, refusal.code)
        if (typeof body.updatedAt !== 'string') {
          return fail(
            400,
            'Name the revision you schedule: send "updatedAt", the updatedAt of the revision you reviewed.',
            'updatedAt',
          )
        }
        // The schedule is pinned to the version the reviewer named: the job publishes it or
        // nothing, and a save made before it runs cancels it (workflow/schedule.ts).
        const revision = await newestRevision({ payload: req.payload, collection, id: doc.id })
        if (
          !revision ||
          !sameRevision(body.updatedAt, doc.updatedAt) ||
          !sameRevision(body.updatedAt, revision.updatedAt)
        ) {
          return fail(409, staleRevisionMessage(doc))
        }
        const job = await req.payload.jobs.queue({
          task: 'schedulePublish',
          input: {
            type: 'publish',
            doc: { relationTo: collection, value: String(doc.id) },
            user: { relationTo: 'users', value: req.user!.id },
            revision: { version: revision.version, updatedAt: revision.updatedAt },
          } as never,
          waitUntil: publishAt,
        })
        return Response.json(
          {
            id: job.id,
            publishAt: publishAt.toISOString(),
            revision: { version: revision.version, updatedAt: revision.updatedAt },
          },
          { status: 201 },
        )
      },
    },
    {
      path: '/:id/schedule',
      method: 'delete',
      handler: async (req) => {
        const { doc, error } = await load(req)
        if (error) return error
        const refusal = checkTransition('cancel_schedule', {
          state: doc.workflowState ?? 'draft',
          roles: req.user!.roles,
          isOwnRevision: false,
        })
        if (refusal) return fail(refusal.status, refusal.message)
        const { docs } = await req.payload.delete({
          collection: 'payload-jobs',
          where: {
            and: [
              { taskSlug: { equals: 'schedulePublish' } },
              { 'input.doc.value': { equals: String(doc.id) } },
              { 'input.doc.relationTo': { equals: collection } },
              { completedAt: { exists: false } },
            ],
          },
          req,
        })
        return Response.json({ cancelled: docs.length })
      },
    },
  ]
}
