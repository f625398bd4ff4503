/**
 * The access matrix: every role (and the anonymous reader) × every collection × every
 * operation × every door (REST, GraphQL, Local API with `overrideAccess: false`), each case
 * asserting that the operation is allowed or refused with the expected status. The table is
 * built from the rules below; each case makes its own documents and removes them.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/workflow/states'

import {
  contentData,
  contentEdit,
  makeContent,
  seededIds,
  type SeededIds,
  tracker,
} from './helpers/content'
import {
  type Actor,
  bulkUpdate,
  createDoc,
  deleteDoc,
  type Door,
  localOutcome,
  type Outcome,
  readDoc,
  readVersions,
  restoreVersion,
  updateDoc,
} from './helpers/doors'
import { demoUser, getTestPayload } from './helpers/payload'
import { login } from './helpers/rest'

const ROLES = ['anonymous', 'editor', 'reviewer', 'admin'] as const
type Role = (typeof ROLES)[number]
const STAFF: Role[] = ['editor', 'reviewer', 'admin']
const REVIEWERS: Role[] = ['reviewer', 'admin']
const ALL_DOORS: Door[] = ['rest', 'graphql', 'local']

type Context = {
  payload: Payload
  door: Door
  actor: Actor
  ids: SeededIds
  /** Registers a document of a collection for removal after the case. */
  track: (collection: string, id: number | undefined) => void
  users: Record<Exclude<Role, 'anonymous'>, Actor['user'] & object>
}

type Operation = {
  name: string
  doors: Door[]
  /** The roles the operation is tried as (all four unless said otherwise). */
  roles?: readonly Role[]
  allowed: Role[]
  /** How a refusal shows (403 unless said otherwise). */
  refusal?: (role: Role, door: Door) => Outcome
  run: (context: Context & { collection: string }) => Promise<Outcome>
}

// A reader cannot tell a document they may not see from one that does not exist.
const hidden = () => 404

const contentOperations = (collection: WorkflowCollection): Operation[] => {
  const make = async (
    context: Context,
    state: 'published' | 'draft' | 'submitted',
    author?: Role,
  ) => {
    const doc = await makeContent({
      payload: context.payload,
      collection,
      ids: context.ids,
      state,
      author: context.users[author === 'anonymous' || !author ? 'editor' : author],
    })
    context.track(collection, doc.id)
    return doc.id
  }
  /** A document with a revision submitted by `author`, and the approval naming that revision. */
  const submitted = async (context: Context, author: Role) => {
    const doc = await makeContent({
      payload: context.payload,
      collection,
      ids: context.ids,
      state: 'submitted',
      author: context.users[author === 'anonymous' ? 'editor' : author],
    })
    context.track(collection, doc.id)
    return { id: doc.id, approval: { _status: 'published', updatedAt: doc.updatedAt } }
  }
  const publishedVersion = async (context: Context, id: number) =>
    (
      await context.payload.findVersions({
        collection,
        where: {
          and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }],
        },
        limit: 1,
        sort: 'createdAt',
      })
    ).docs[0].id
  const edit = () => contentEdit(collection, 'An edit')
  return [
    {
      name: 'read a published document',
      doors: ALL_DOORS,
      allowed: ['anonymous', ...STAFF],
      run: async (c) => readDoc({ ...c, collection, id: await make(c, 'published'), draft: false }),
    },
    {
      name: 'read an unpublished draft (draft: true)',
      doors: ALL_DOORS,
      allowed: STAFF,
      refusal: hidden,
      run: async (c) => readDoc({ ...c, collection, id: await make(c, 'draft'), draft: true }),
    },
    {
      // The public history lists published revisions (docs/architecture.md).
      name: 'read the published revisions of a document',
      doors: ALL_DOORS,
      allowed: ['anonymous', ...STAFF],
      run: async (c) =>
        readVersions({
          ...c,
          collection,
          id: await make(c, 'submitted', 'editor'),
          status: 'published',
        }),
    },
    {
      name: 'read a revision waiting for review through the versions API',
      doors: ALL_DOORS,
      allowed: STAFF,
      refusal: hidden,
      run: async (c) =>
        readVersions({
          ...c,
          collection,
          id: await make(c, 'submitted', 'editor'),
          status: 'draft',
        }),
    },
    {
      name: 'create a draft',
      doors: ALL_DOORS,
      allowed: STAFF,
      run: async (c) => {
        const { outcome, id } = await createDoc({
          ...c,
          collection,
          data: contentData(collection, c.ids),
          draft: true,
        })
        c.track(collection, id)
        return outcome
      },
    },
    {
      name: 'create a published document',
      doors: ALL_DOORS,
      allowed: ['admin'],
      run: async (c) => {
        const { outcome, id } = await createDoc({
          ...c,
          collection,
          data: { ...contentData(collection, c.ids), _status: 'published' },
        })
        c.track(collection, id)
        return outcome
      },
    },
    {
      name: 'save a draft revision of a published document',
      doors: ALL_DOORS,
      allowed: STAFF,
      run: async (c) =>
        updateDoc({ ...c, collection, id: await make(c, 'published'), data: edit(), draft: true }),
    },
    {
      name: 'publish an edit directly (_status: published)',
      doors: ALL_DOORS,
      allowed: ['admin'],
      run: async (c) =>
        updateDoc({
          ...c,
          collection,
          id: await make(c, 'published'),
          data: { ...edit(), _status: 'published' },
        }),
    },
    {
      name: 'edit the live document (no draft flag)',
      doors: ALL_DOORS,
      allowed: ['admin'],
      run: async (c) =>
        updateDoc({ ...c, collection, id: await make(c, 'published'), data: edit() }),
    },
    {
      name: 'unpublish',
      doors: ALL_DOORS,
      allowed: REVIEWERS,
      run: async (c) =>
        updateDoc({ ...c, collection, id: await make(c, 'published'), data: { _status: 'draft' } }),
    },
    {
      name: 'delete a published document',
      doors: ALL_DOORS,
      allowed: REVIEWERS,
      run: async (c) => deleteDoc({ ...c, collection, id: await make(c, 'published') }),
    },
    {
      name: 'delete a document published once and unpublished since',
      doors: ALL_DOORS,
      allowed: REVIEWERS,
      run: async (c) => {
        const id = await make(c, 'published')
        await c.payload.update({ collection, id, data: { _status: 'draft' } as never, depth: 0 })
        return deleteDoc({ ...c, collection, id })
      },
    },
    {
      name: 'delete a never-published draft',
      doors: ALL_DOORS,
      allowed: STAFF,
      run: async (c) => deleteDoc({ ...c, collection, id: await make(c, 'draft') }),
    },
    {
      name: 'submit a draft for review',
      doors: ALL_DOORS,
      allowed: STAFF,
      run: async (c) =>
        updateDoc({
          ...c,
          collection,
          id: await make(c, 'draft'),
          data: { workflowState: 'in_review' },
          draft: true,
        }),
    },
    {
      name: 'approve a revision someone else submitted',
      doors: ALL_DOORS,
      allowed: REVIEWERS,
      run: async (c) => {
        const { id, approval } = await submitted(c, 'editor')
        return updateDoc({ ...c, collection, id, data: approval })
      },
    },
    {
      name: 'approve a revision they submitted themselves',
      doors: ALL_DOORS,
      allowed: ['admin'],
      run: async (c) => {
        const { id, approval } = await submitted(c, c.actor.role as Role)
        return updateDoc({ ...c, collection, id, data: approval })
      },
    },
    {
      name: 'request changes with a comment',
      doors: ALL_DOORS,
      allowed: REVIEWERS,
      run: async (c) => {
        const { id, approval } = await submitted(c, 'editor')
        return updateDoc({
          ...c,
          collection,
          id,
          data: {
            workflowState: 'changes_requested',
            reviewComment: 'Cite a source.',
            updatedAt: approval.updatedAt,
          },
          draft: true,
        })
      },
    },
    {
      name: 'restore an old revision as a draft',
      doors: ['rest', 'graphql'],
      allowed: STAFF,
      run: async (c) => {
        const id = await make(c, 'submitted', 'editor')
        return restoreVersion({
          ...c,
          collection,
          versionId: await publishedVersion(c, id),
          draft: true,
        })
      },
    },
    {
      name: 'restore an old revision as published',
      doors: ALL_DOORS,
      allowed: ['admin'],
      run: async (c) => {
        const id = await make(c, 'submitted', 'editor')
        return restoreVersion({
          ...c,
          collection,
          versionId: await publishedVersion(c, id),
          draft: false,
        })
      },
    },
    {
      // A bulk update works on the live documents, not on pending revisions: for a reviewer it
      // is no approval, and the document is refused (reported per document, 400).
      name: 'publish through a bulk update',
      doors: ['rest', 'local'],
      allowed: ['admin'],
      refusal: (role) => (role === 'reviewer' ? 400 : 403),
      run: async (c) => {
        const id = await make(c, 'submitted', 'editor')
        return bulkUpdate({
          ...c,
          collection,
          where: { id: { equals: id } },
          data: { _status: 'published' },
        })
      },
    },
    {
      name: 'publish an edit through a bulk update',
      doors: ['rest', 'local'],
      allowed: ['admin'],
      // The request is allowed for reviewers, the document refused: reported per document.
      refusal: (role) => (role === 'reviewer' ? 400 : 403),
      run: async (c) => {
        const id = await make(c, 'published')
        return bulkUpdate({
          ...c,
          collection,
          where: { id: { equals: id } },
          data: { ...edit(), _status: 'published' },
        })
      },
    },
    {
      name: 'publish an edit through autosave',
      doors: ALL_DOORS,
      allowed: ['admin'],
      run: async (c) =>
        updateDoc({
          ...c,
          collection,
          id: await make(c, 'published'),
          data: { ...edit(), _status: 'published' },
          draft: true,
          autosave: true,
        }),
    },
    {
      // Scheduling lives in the admin, closed to anonymous readers; the job runs as the user
      // who scheduled it, through the same rules as any other publish.
      name: 'approve through a scheduled publish',
      doors: ['local'],
      roles: STAFF,
      allowed: REVIEWERS,
      run: async (c) => {
        const id = await make(c, 'submitted', 'editor')
        // Scheduling is refused to editors when it is queued (as the admin's Schedule does it).
        const job = await c.payload.jobs
          .queue({
            task: 'schedulePublish',
            input: {
              type: 'publish',
              doc: { relationTo: collection, value: String(id) },
              user: { relationTo: 'users', value: c.actor.user!.id },
            } as never,
          })
          .catch((error: { status?: number }) => error.status ?? 500)
        if (typeof job === 'number') return job
        c.track('payload-jobs', job.id as number)
        await c.payload.jobs.runByID({ id: job.id, silent: true })
        // Readers see the submitted revision only if the scheduled approval went through.
        const live = await c.payload.findByID({ collection, id, depth: 0, draft: false })
        return JSON.stringify(live).includes('Submitted revision') ? 'allowed' : 403
      },
    },
  ]
}

// A tiny valid PNG, for media uploads.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

const makeMedia = async (c: Context) => {
  const doc = await c.payload.create({
    collection: 'media',
    data: { alt: 'A test pixel' },
    file: { data: PNG, mimetype: 'image/png', name: `pixel-${Date.now()}.png`, size: PNG.length },
  })
  c.track('media', doc.id)
  return doc.id
}

const mediaOperations: Operation[] = [
  {
    name: 'read',
    doors: ALL_DOORS,
    allowed: ['anonymous', ...STAFF],
    run: async (c) => readDoc({ ...c, collection: 'media', id: await makeMedia(c), draft: false }),
  },
  {
    name: 'upload',
    doors: ['local'],
    allowed: STAFF,
    run: async (c) =>
      localOutcome(
        c.payload
          .create({
            collection: 'media',
            data: { alt: 'An uploaded pixel' },
            file: {
              data: PNG,
              mimetype: 'image/png',
              name: `upload-${Date.now()}.png`,
              size: PNG.length,
            },
            overrideAccess: false,
            user: c.actor.user,
          })
          .then((doc) => c.track('media', doc.id)),
      ),
  },
  {
    name: 'change the alt text',
    doors: ALL_DOORS,
    allowed: REVIEWERS,
    run: async (c) =>
      updateDoc({ ...c, collection: 'media', id: await makeMedia(c), data: { alt: 'Changed' } }),
  },
  {
    name: 'delete',
    doors: ALL_DOORS,
    allowed: REVIEWERS,
    run: async (c) => deleteDoc({ ...c, collection: 'media', id: await makeMedia(c) }),
  },
]

let people = 0
const makeUser = async (c: Context) => {
  const doc = await c.payload.create({
    collection: 'users',
    data: {
      name: 'Temporary',
      email: `temporary-${process.pid}-${++people}@annals.test`,
      password: 'temporary-password',
      roles: ['editor'],
    },
  })
  c.track('users', doc.id)
  return doc.id
}
// The account a role acts on as "their own"; the anonymous reader tries the editor's.
const ownId = (c: Context) => (c.actor.user ?? c.users.editor).id

const userOperations: Operation[] = [
  {
    name: 'read their own account',
    doors: ALL_DOORS,
    allowed: STAFF,
    run: (c) => readDoc({ ...c, collection: 'users', id: ownId(c), draft: false }),
  },
  {
    name: 'read another account',
    doors: ALL_DOORS,
    allowed: ['admin'],
    refusal: (role) => (role === 'anonymous' ? 403 : 404),
    run: async (c) => readDoc({ ...c, collection: 'users', id: await makeUser(c), draft: false }),
  },
  {
    name: 'create an account',
    doors: ALL_DOORS,
    allowed: ['admin'],
    run: async (c) => {
      const { outcome, id } = await createDoc({
        ...c,
        collection: 'users',
        data: {
          name: 'New',
          email: `new-${process.pid}-${++people}@annals.test`,
          password: 'new-password',
          roles: ['editor'],
        },
      })
      c.track('users', id)
      return outcome
    },
  },
  {
    name: 'change their own name',
    doors: ALL_DOORS,
    allowed: STAFF,
    run: async (c) => {
      const id = ownId(c)
      const { name } = await c.payload.findByID({ collection: 'users', id, depth: 0 })
      return updateDoc({ ...c, collection: 'users', id, data: { name } })
    },
  },
  {
    name: 'change another account',
    doors: ALL_DOORS,
    allowed: ['admin'],
    run: async (c) =>
      updateDoc({ ...c, collection: 'users', id: await makeUser(c), data: { name: 'Renamed' } }),
  },
  {
    name: 'make themselves admin',
    doors: ALL_DOORS,
    allowed: ['admin'],
    run: (c) => updateDoc({ ...c, collection: 'users', id: ownId(c), data: { roles: ['admin'] } }),
  },
  {
    name: 'change someone’s roles',
    doors: ALL_DOORS,
    allowed: ['admin'],
    run: async (c) =>
      updateDoc({
        ...c,
        collection: 'users',
        id: await makeUser(c),
        data: { roles: ['reviewer'] },
      }),
  },
  {
    name: 'delete an account',
    doors: ALL_DOORS,
    allowed: ['admin'],
    run: async (c) => deleteDoc({ ...c, collection: 'users', id: await makeUser(c) }),
  },
]

const makeAuditEntry = async (c: Context) => {
  const doc = await c.payload.create({
    collection: 'audit-log',
    data: { action: 'publish', targetCollection: 'articles', targetId: '0', actorName: 'Test' },
  })
  c.track('audit-log', doc.id)
  return doc.id
}

const auditOperations: Operation[] = [
  {
    name: 'read',
    doors: ALL_DOORS,
    allowed: REVIEWERS,
    run: async (c) =>
      readDoc({ ...c, collection: 'audit-log', id: await makeAuditEntry(c), draft: false }),
  },
  {
    name: 'create',
    doors: ALL_DOORS,
    allowed: [],
    run: async (c) => {
      const { outcome, id } = await createDoc({
        ...c,
        collection: 'audit-log',
        data: { action: 'approve', targetCollection: 'articles', targetId: '0' },
      })
      c.track('audit-log', id)
      return outcome
    },
  },
  {
    name: 'update',
    doors: ALL_DOORS,
    allowed: [],
    run: async (c) =>
      updateDoc({
        ...c,
        collection: 'audit-log',
        id: await makeAuditEntry(c),
        data: { comment: 'Forged' },
      }),
  },
  {
    name: 'delete',
    doors: ALL_DOORS,
    allowed: [],
    run: async (c) => deleteDoc({ ...c, collection: 'audit-log', id: await makeAuditEntry(c) }),
  },
]

const TABLE: { collection: string; operations: Operation[] }[] = [
  ...WORKFLOW_COLLECTIONS.map((collection) => ({
    collection,
    operations: contentOperations(collection),
  })),
  { collection: 'media', operations: mediaOperations },
  { collection: 'users', operations: userOperations },
  { collection: 'audit-log', operations: auditOperations },
]

const CASES = TABLE.flatMap(({ collection, operations }) =>
  operations.flatMap((operation) =>
    (operation.roles ?? ROLES).flatMap((role) =>
      operation.doors.map((door) => ({
        collection,
        operation,
        role,
        door,
        expected: operation.allowed.includes(role)
          ? ('allowed' as const)
          : (operation.refusal?.(role, door) ?? 403),
      })),
    ),
  ),
)

describe('access matrix', () => {
  let payload: Payload
  let ids: SeededIds
  const actors = {} as Record<Role, Actor>
  const users = {} as Context['users']
  let ran = 0

  beforeAll(async () => {
    payload = await getTestPayload()
    ids = await seededIds(payload)
    actors.anonymous = { role: 'anonymous', user: null }
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const user = await demoUser(payload, role)
      users[role] = user
      actors[role] = { role, user, token: await login(role) }
    }
  })

  afterAll(() => {
    console.log(`Access matrix: ${ran} of ${CASES.length} cases ran.`)
  })

  for (const { collection, operation, role, door, expected } of CASES) {
    const verdict = expected === 'allowed' ? 'allow' : `refuse (${expected})`
    it(`should ${verdict}: ${role}, ${collection}, ${operation.name}, through ${door}`, async () => {
      const { track, removeAll } = tracker(payload)
      try {
        const outcome = await operation.run({
          payload,
          door,
          actor: actors[role],
          ids,
          track,
          users,
          collection,
        })
        ran += 1
        expect(outcome).toBe(expected)
      } finally {
        await removeAll()
      }
    })
  }
})
