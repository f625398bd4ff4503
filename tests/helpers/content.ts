import type { Payload } from 'payload'

import type { WorkflowCollection } from '@/workflow/states'

let made = 0
const unique = () => `${process.pid}-${++made}`

export type SeededIds = { eventId: number; referenceId: number }

/** The seeded event and reference that test reactions point at. */
export async function seededIds(payload: Payload): Promise<SeededIds> {
  const [events, references] = await Promise.all([
    payload.find({ collection: 'events', limit: 1, depth: 0, sort: 'id' }),
    payload.find({ collection: 'references', limit: 1, depth: 0, sort: 'id' }),
  ])
  return { eventId: events.docs[0].id, referenceId: references.docs[0].id }
}

/** Valid data for a new document of each content collection, unique per call. */
export function contentData(collection: WorkflowCollection, ids: SeededIds, text = 'Test text') {
  const n = unique()
  const data = {
    articles: { title: `${text} ${n}`, slug: `test-article-${n}`, summary: text },
    // GraphQL asks for required fields even when they have a default.
    events: {
      name: `${text} ${n}`,
      slug: `test-event-${n}`,
      type: 'attack',
      startDate: '2013-09-01T12:00:00.000Z',
      datePrecision: 'day',
    },
    references: { title: `${text} ${n}`, citationType: 'news' },
    reactions: {
      event: ids.eventId,
      actor: `${text} ${n}`,
      actorType: 'person',
      date: '2013-09-02T12:00:00.000Z',
      stance: 'concern',
      statement: text,
      reference: ids.referenceId,
    },
  }[collection]
  return { ...data, changeSummary: `Create ${n}` }
}

/** An edit of the content of a document, with its change summary. */
export function contentEdit(collection: WorkflowCollection, text: string) {
  const field = {
    articles: 'summary',
    events: 'alternativeNames',
    references: 'quote',
    reactions: 'statement',
  }[collection]
  return { [field]: collection === 'events' ? [text] : text, changeSummary: `Edit ${unique()}` }
}

export type FixtureState = 'published' | 'draft' | 'submitted'

/**
 * A document made by server code, in the given state: published, a never-published draft, or
 * published with a revision submitted for review by `author`; with the `updatedAt` of its
 * newest revision, which an approval names.
 */
export async function makeContent({
  payload,
  collection,
  ids,
  state,
  author,
}: {
  payload: Payload
  collection: WorkflowCollection
  ids: SeededIds
  state: FixtureState
  author?: Record<string, unknown> & { id: number; collection: 'users' }
}): Promise<{ id: number; updatedAt: string }> {
  const doc = await payload.create({
    collection,
    data: {
      ...contentData(collection, ids),
      _status: state === 'draft' ? 'draft' : 'published',
    } as never,
    draft: state === 'draft',
    depth: 0,
  })
  if (state === 'submitted') {
    const revision = await payload.update({
      collection,
      id: doc.id,
      draft: true,
      depth: 0,
      user: author,
      data: {
        ...contentEdit(collection, 'Submitted revision'),
        workflowState: 'in_review',
      } as never,
    })
    return { id: doc.id, updatedAt: revision.updatedAt }
  }
  return { id: doc.id, updatedAt: doc.updatedAt }
}

/** Deletes test documents of any collection with their audit entries. */
export async function removeContent(payload: Payload, collection: string, ids: number[]) {
  if (!ids.length) return
  await payload.delete({ collection: collection as 'articles', where: { id: { in: ids } } })
  await payload.delete({
    collection: 'audit-log',
    where: {
      and: [{ targetCollection: { equals: collection } }, { targetId: { in: ids.map(String) } }],
    },
  })
}

/** Collects what a test creates, to remove it all afterwards. */
export function tracker(payload: Payload) {
  const created: { collection: string; id: number }[] = []
  return {
    track: (collection: string, id: number | undefined) => {
      if (id !== undefined) created.push({ collection, id })
    },
    removeAll: async () => {
      for (const { collection, id } of created.reverse())
        await removeContent(payload, collection, [id])
    },
  }
}
