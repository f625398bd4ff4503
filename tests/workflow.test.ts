import { APIError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorAnswers } from '@/hooks/errorAnswers'
import { enforceWorkflow } from '@/workflow/hooks/enforceWorkflow'
import { availableTransitions, mayPublishDirectly } from '@/workflow/machine'

import { demoUser, getTestPayload } from './helpers/payload'
import { fieldErrors, graphql, login, rest } from './helpers/rest'
import { publishedArticle, removeArticles, submittedRevision } from './helpers/workflow'

type User = Awaited<ReturnType<typeof demoUser>>

describe('the editorial workflow', () => {
  let payload: Payload
  let editor: User
  let reviewer: User
  let reviewer2: User
  const created: number[] = []

  const article = async () => {
    const doc = await publishedArticle(payload)
    created.push(doc.id)
    return doc
  }
  const asReader = (id: number) =>
    payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: false, draft: false })
  const auditOf = async (id: number) =>
    (
      await payload.find({
        collection: 'audit-log',
        where: {
          and: [{ targetCollection: { equals: 'articles' } }, { targetId: { equals: String(id) } }],
        },
        sort: 'createdAt',
        depth: 0,
      })
    ).docs.map((entry) => ({
      action: entry.action,
      actorName: entry.actorName,
      comment: entry.comment ?? null,
    }))

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await demoUser(payload, 'editor')
    reviewer = await demoUser(payload, 'reviewer')
    reviewer2 = await demoUser(payload, 'reviewer2')
  })

  afterAll(async () => {
    await removeArticles(payload, created)
  })

  it('should keep showing readers the published text while a revision waits for review', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    expect((await asReader(id)).summary).toBe('The published text.')
  })

  it('should record the author and the summary of a submitted revision', async () => {
    const { id } = await article()
    const revision = await submittedRevision(payload, id)
    expect(revision).toMatchObject({
      workflowState: 'in_review',
      authorName: 'Ed Editor',
      lastEditedBy: editor.id,
      changeSummary: 'Revise the summary: The revised text.',
    })
  })

  it('should publish a submitted revision when another reviewer approves it', async () => {
    const { id } = await article()
    const { updatedAt } = await submittedRevision(payload, id)
    await payload.update({
      collection: 'articles',
      id,
      overrideAccess: false,
      user: reviewer,
      data: { _status: 'published', updatedAt },
    })
    expect(await asReader(id)).toMatchObject({
      summary: 'The revised text.',
      workflowState: 'published',
      authorName: 'Ed Editor',
    })
  })

  it('should refuse a reviewer approving a revision they wrote', async () => {
    const { id } = await article()
    const { updatedAt } = await payload.update({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: false,
      user: reviewer,
      data: {
        summary: 'The reviewer’s own text.',
        changeSummary: 'Reviewer edit',
        workflowState: 'in_review',
      },
    })
    await expect(
      payload.update({
        collection: 'articles',
        id,
        overrideAccess: false,
        user: reviewer,
        data: { _status: 'published', updatedAt },
      }),
    ).rejects.toThrow('You cannot approve a revision you wrote: another reviewer must approve it.')
  })

  it('should refuse approving a revision that was not submitted for review', async () => {
    const { id } = await article()
    const { updatedAt } = await payload.update({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: false,
      user: editor,
      data: { summary: 'Not submitted.', changeSummary: 'Draft only' },
    })
    await expect(
      payload.update({
        collection: 'articles',
        id,
        overrideAccess: false,
        user: reviewer,
        data: { _status: 'published', updatedAt },
      }),
    ).rejects.toThrow('Only a revision submitted for review can be approved.')
  })

  it('should refuse a request for changes without a comment', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    await expect(
      payload.update({
        collection: 'articles',
        id,
        draft: true,
        overrideAccess: false,
        user: reviewer,
        data: { workflowState: 'changes_requested' },
      }),
    ).rejects.toThrow('The following field is invalid: reviewComment')
  })

  it('should send a revision back with the reviewer’s comment', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    const doc = await payload.update({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: false,
      user: reviewer,
      depth: 0,
      data: { workflowState: 'changes_requested', reviewComment: 'Cite a source for this.' },
    })
    expect(doc).toMatchObject({
      workflowState: 'changes_requested',
      reviewComment: 'Cite a source for this.',
      reviewedBy: reviewer.id,
      authorName: 'Ed Editor',
    })
  })

  it('should refuse a content save without a change summary', async () => {
    const { id } = await article()
    await expect(
      payload.update({
        collection: 'articles',
        id,
        draft: true,
        overrideAccess: false,
        user: editor,
        data: { summary: 'No summary given.', changeSummary: '' },
      }),
    ).rejects.toThrow('The following field is invalid: changeSummary')
  })

  it('should refuse a content save that repeats the previous revision’s summary', async () => {
    const { id } = await article()
    await expect(
      payload.update({
        collection: 'articles',
        id,
        draft: true,
        overrideAccess: false,
        user: editor,
        data: { summary: 'Same summary as before.', changeSummary: 'First version' },
      }),
    ).rejects.toThrow('The following field is invalid: changeSummary')
  })

  it('should refuse a save made on top of a revision someone has since replaced, naming them', async () => {
    const { id, updatedAt } = await article()
    const token = await login('editor')
    await payload.update({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: false,
      user: reviewer2,
      data: { summary: 'Rob got there first.', changeSummary: 'Rob’s edit' },
    })
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${id}?draft=true`,
      token,
      body: { summary: 'Ed’s edit on the old text.', changeSummary: 'Ed’s edit', updatedAt },
    })
    expect(response.status).toBe(409)
    expect(response.body.errors?.[0].message).toMatch(
      /^Rob Reviewer changed this document at .+ UTC, after you loaded it\./,
    )
  })

  it('should restore an old revision as a new draft, readers keeping the published one', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: 'createdAt',
      limit: 1,
    })
    const response = await rest({
      method: 'POST',
      path: `/articles/versions/${docs[0].id}?draft=true&depth=0`,
      token: await login('editor'),
    })
    const restored = response.body
    expect(restored).toMatchObject({
      _status: 'draft',
      workflowState: 'draft',
      authorName: 'Ed Editor',
      changeSummary: expect.stringMatching(/^Restored the revision of /),
    })
    expect((await asReader(id)).summary).toBe('The published text.')
  })

  it('should refuse an approval of a revision changed since the reviewer loaded it', async () => {
    const { id } = await article()
    const seen = await submittedRevision(payload, id, 'What the reviewer read.')
    await submittedRevision(payload, id, 'Changed after the reviewer loaded it.')
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${id}`,
      token: await login('reviewer'),
      body: { _status: 'published', updatedAt: seen.updatedAt },
    })
    expect({ status: response.status, message: response.body.errors?.[0].message }).toEqual({
      status: 409,
      message: expect.stringMatching(
        /^Ed Editor changed this document at .+ UTC, after you loaded it\./,
      ),
    })
  })

  it('should refuse over REST an approval that does not name its revision, naming the field', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${id}`,
      token: await login('reviewer'),
      body: { _status: 'published' },
    })
    expect({ status: response.status, fields: fieldErrors(response).map((e) => e.path) }).toEqual({
      status: 400,
      fields: ['updatedAt'],
    })
  })

  it('should answer a REST refusal with the workflow’s own message', async () => {
    const { id } = await article()
    const { updatedAt } = await payload.update({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: false,
      user: reviewer,
      data: { summary: 'Rita’s text.', changeSummary: 'Rita’s edit', workflowState: 'in_review' },
    })
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${id}`,
      token: await login('reviewer'),
      body: { _status: 'published', updatedAt },
    })
    expect({ status: response.status, body: response.body }).toEqual({
      status: 403,
      body: {
        errors: [
          { message: 'You cannot approve a revision you wrote: another reviewer must approve it.' },
        ],
      },
    })
  })

  it('should give a refusal whose class name a production build minified away its own message', async () => {
    const error = new APIError('Editors cannot unpublish.', 403, null, true)
    Object.defineProperty(error, 'name', { value: '' })
    const fixed = await errorAnswers({
      error,
      result: { errors: [{ message: 'An unknown error occurred.' }] },
    } as never)
    expect(fixed).toEqual({ response: { errors: [{ message: 'Editors cannot unpublish.' }] } })
  })

  it('should refuse a save when the operation’s context is missing, not skip the checks', async () => {
    const { id } = await article()
    const stored = await payload.findByID({ collection: 'articles', id, depth: 0 })
    await expect(
      Promise.resolve(
        enforceWorkflow({
          collection: payload.collections.articles.config,
          context: {},
          data: { ...stored, _status: 'published' },
          operation: 'update',
          originalDoc: stored,
          req: { context: {}, payload, user: editor },
        } as never),
      ),
    ).rejects.toThrow('The workflow could not tell how this document is being saved')
  })

  it('should offer a reviewer no approval of a revision they wrote, saying why', () => {
    const approve = availableTransitions({
      state: 'in_review',
      roles: ['reviewer'],
      isOwnRevision: true,
    }).find((transition) => transition.action === 'approve')
    expect(approve).toMatchObject({
      allowed: false,
      reason: 'You cannot approve a revision you wrote: another reviewer must approve it.',
    })
  })

  it('should offer an editor only the submission of a draft', () => {
    const offered = availableTransitions({ state: 'draft', roles: ['editor'], isOwnRevision: true })
    expect(offered.map(({ action, allowed }) => ({ action, allowed }))).toEqual([
      { action: 'submit', allowed: true },
    ])
  })

  it('should let only admins use Payload’s direct publish', () => {
    expect(
      (['editor', 'reviewer', 'admin'] as const).map((role) => mayPublishDirectly([role])),
    ).toEqual([false, false, true])
  })

  const scheduledPublish = (id: number, user: User) => ({
    type: 'publish' as const,
    doc: { relationTo: 'articles' as const, value: String(id) },
    user: { relationTo: 'users' as const, value: user.id },
  })

  it('should refuse an editor scheduling a publish', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    await expect(
      payload.jobs.queue({ task: 'schedulePublish', input: scheduledPublish(id, editor) as never }),
    ).rejects.toThrow('Only reviewers and admins can schedule or cancel a publish.')
  })

  it('should keep a scheduled publish an editor tries to cancel as the admin does', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: scheduledPublish(id, reviewer2) as never,
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    // Payload's admin cancels by deleting the job with access overridden, as the user.
    await payload.delete({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
      user: editor,
    })
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
    })
    await payload.delete({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    expect(totalDocs).toBe(1)
  })

  it('should publish a submitted revision when a reviewer’s scheduled approval runs', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: scheduledPublish(id, reviewer2) as never,
    })
    await payload.jobs.runByID({ id: job.id, silent: true })
    await payload.delete({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    expect((await asReader(id)).summary).toBe('The revised text.')
  })

  /** v1 submitted, then scheduled over REST by a second reviewer, as the reviewer saw it. */
  const scheduledRevision = async (id: number) => {
    const v1 = await submittedRevision(payload, id)
    const response = await rest({
      method: 'POST',
      path: `/articles/${id}/schedule`,
      body: { publishAt: new Date(Date.now() + 3_600_000).toISOString(), updatedAt: v1.updatedAt },
      token: await login('reviewer2'),
    })
    expect(response.status).toBe(201)
    return { v1 }
  }
  /** The editor's v2, saved over REST on top of v1 while the schedule is pending. */
  const savedOver = async (id: number, updatedAt: string) =>
    rest({
      method: 'PATCH',
      path: `/articles/${id}?draft=true`,
      body: { summary: 'The swapped text.', changeSummary: 'Swap the text', updatedAt },
      token: await login('editor'),
    })

  it('should never publish a revision saved after a reviewer scheduled the one they approved', async () => {
    const { id } = await article()
    const { v1 } = await scheduledRevision(id)
    const saved = await savedOver(id, v1.updatedAt)
    await submittedRevision(payload, id, 'The swapped text.')
    // The time comes: whatever is still scheduled for the article runs.
    const pending = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.doc.value': { equals: String(id) } },
      depth: 0,
    })
    for (const job of pending.docs) await payload.jobs.runByID({ id: job.id, silent: true })
    await payload.delete({
      collection: 'payload-jobs',
      where: { 'input.doc.value': { equals: String(id) } },
    })
    expect({ saved: saved.status, reader: (await asReader(id)).summary }).toEqual({
      saved: 200,
      reader: 'The published text.',
    })
  })

  it('should log a scheduled publish and its cancellation by a later save, with the reason', async () => {
    const { id } = await article()
    const { v1 } = await scheduledRevision(id)
    await savedOver(id, v1.updatedAt)
    expect(await auditOf(id)).toEqual([
      { action: 'submit', actorName: 'Ed Editor', comment: null },
      {
        action: 'schedule',
        actorName: 'Rob Reviewer',
        comment: expect.stringContaining('is to be published at'),
      },
      {
        action: 'cancel_schedule',
        actorName: 'Ed Editor',
        comment: expect.stringContaining(
          'was cancelled: this save made a new revision, which no reviewer has approved.',
        ),
      },
    ])
  })

  it('should tell the editor whose save cancelled a scheduled publish', async () => {
    const { id } = await article()
    const { v1 } = await scheduledRevision(id)
    const saved = await savedOver(id, v1.updatedAt)
    expect(saved.body.doc).toMatchObject({
      scheduleCancelled: expect.stringMatching(/^The publish scheduled for .+ was cancelled/),
    })
  })

  it('should publish nothing when the revision a schedule is pinned to is no longer the newest', async () => {
    const { id } = await article()
    await submittedRevision(payload, id)
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    await submittedRevision(payload, id, 'The swapped text.')
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        ...scheduledPublish(id, reviewer2),
        revision: { version: docs[0].id, updatedAt: docs[0].version.updatedAt },
      } as never,
    })
    await payload.jobs.runByID({ id: job.id, silent: true })
    await payload.delete({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    expect((await asReader(id)).summary).toBe('The published text.')
  })

  it('should log each step of a review in the audit log, with actor and comment', async () => {
    const { id } = await article()
    await submittedRevision(payload, id, 'First try.')
    await payload.update({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: false,
      user: reviewer,
      data: { workflowState: 'changes_requested', reviewComment: 'Needs a source.' },
    })
    const { updatedAt } = await submittedRevision(payload, id, 'Second try.')
    await payload.update({
      collection: 'articles',
      id,
      overrideAccess: false,
      user: reviewer2,
      data: { _status: 'published', updatedAt },
    })
    expect(await auditOf(id)).toEqual([
      { action: 'submit', actorName: 'Ed Editor', comment: null },
      { action: 'request_changes', actorName: 'Rita Reviewer', comment: 'Needs a source.' },
      { action: 'submit', actorName: 'Ed Editor', comment: null },
      { action: 'approve', actorName: 'Rob Reviewer', comment: null },
    ])
  })

  it('should log an unpublish and a deletion in the audit log', async () => {
    const doc = await publishedArticle(payload)
    await payload.update({
      collection: 'articles',
      id: doc.id,
      overrideAccess: false,
      user: reviewer,
      data: { _status: 'draft' },
    })
    await payload.delete({
      collection: 'articles',
      id: doc.id,
      overrideAccess: false,
      user: reviewer,
    })
    created.push(doc.id)
    expect((await auditOf(doc.id)).map((entry) => entry.action)).toEqual(['unpublish', 'delete'])
  })

  /** An article a reviewer published and then unpublished: its readers are gone, its past is not. */
  const unpublishedArticle = async () => {
    const { id } = await article()
    await payload.update({
      collection: 'articles',
      id,
      overrideAccess: false,
      user: reviewer,
      depth: 0,
      data: { _status: 'draft' },
    })
    return id
  }
  const revisionsOf = async (id: number) =>
    (await payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } }))
      .totalDocs

  it('should refuse over REST an editor deleting an article that was once published, naming the rule', async () => {
    const id = await unpublishedArticle()
    const response = await rest({
      method: 'DELETE',
      path: `/articles/${id}`,
      token: await login('editor'),
    })
    expect({ status: response.status, message: response.body.errors?.[0]?.message }).toEqual({
      status: 403,
      message: expect.stringContaining(
        'Only reviewers and admins can delete a document that was ever published',
      ),
    })
  })

  it('should refuse over GraphQL an editor deleting an article that was once published', async () => {
    const id = await unpublishedArticle()
    const { body } = await graphql({
      query: `mutation ($id: Int!) { deleteArticle(id: $id) { id } }`,
      variables: { id },
      token: await login('editor'),
    })
    expect({ message: body.errors?.[0]?.message, revisions: await revisionsOf(id) }).toEqual({
      message: expect.stringContaining(
        'Only reviewers and admins can delete a document that was ever published',
      ),
      revisions: 2,
    })
  })

  it('should refuse an editor’s bulk delete that takes in an article once published', async () => {
    const id = await unpublishedArticle()
    const response = await rest({
      method: 'DELETE',
      path: `/articles?where[id][equals]=${id}`,
      token: await login('editor'),
    })
    expect(response.status).toBe(403)
  })

  it('should not offer an editor Delete on an article that was once published', async () => {
    const id = await unpublishedArticle()
    // What the admin asks before it offers Delete.
    const response = await rest({
      method: 'POST',
      path: `/articles/access/${id}`,
      token: await login('editor'),
    })
    // Payload leaves out the operations a user may not take.
    expect({
      status: response.status,
      update: response.body.update,
      delete: response.body.delete ?? 'not offered',
    }).toEqual({ status: 200, update: true, delete: 'not offered' })
  })

  it('should let a reviewer delete an article that was once published', async () => {
    const id = await unpublishedArticle()
    const response = await rest({
      method: 'DELETE',
      path: `/articles/${id}`,
      token: await login('reviewer'),
    })
    expect({ status: response.status, revisions: await revisionsOf(id) }).toEqual({
      status: 200,
      revisions: 0,
    })
  })

  it('should log a role change with the roles before and after', async () => {
    const admin = await demoUser(payload, 'admin')
    const user = await payload.create({
      collection: 'users',
      data: {
        name: 'Temporary Tess',
        email: 'tess@annals.test',
        password: 'temporary-tess',
        roles: ['editor'],
      },
    })
    await payload.update({
      collection: 'users',
      id: user.id,
      overrideAccess: false,
      user: admin,
      data: { roles: ['reviewer'] },
    })
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: {
        and: [{ targetCollection: { equals: 'users' } }, { targetId: { equals: String(user.id) } }],
      },
    })
    await payload.delete({
      collection: 'audit-log',
      where: { id: { in: docs.map((entry) => entry.id) } },
    })
    await payload.delete({ collection: 'users', id: user.id })
    expect(docs.map(({ action, actorName, comment }) => ({ action, actorName, comment }))).toEqual([
      { action: 'role_change', actorName: 'Ada Admin', comment: 'editor → reviewer' },
    ])
  })
})
