import type { Payload, TypedUser } from 'payload'

import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from './states'

export type PendingRevision = {
  collection: WorkflowCollection
  collectionLabel: string
  id: number
  title: string
  authorName: string
  changeSummary: string
  submittedAt: string
  /** The admin's comparison of the pending revision with the published one. */
  compareUrl: string
  editUrl: string
}

const TITLE_FIELD: Record<WorkflowCollection, string> = {
  articles: 'title',
  events: 'name',
  references: 'title',
  reactions: 'actor',
}

/**
 * Revisions waiting for a reviewer across the four content collections, oldest first. Read as
 * the signed-in user (`overrideAccess: false`), so only the team gets anything.
 */
export async function listPendingRevisions({
  payload,
  user,
  adminRoute = '/admin',
}: {
  payload: Payload
  user: TypedUser | null
  adminRoute?: string
}): Promise<PendingRevision[]> {
  const perCollection = await Promise.all(
    WORKFLOW_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        draft: true,
        overrideAccess: false,
        user,
        where: { workflowState: { equals: 'in_review' } },
        pagination: false,
        depth: 0,
      })
      return Promise.all(
        docs.map(async (doc) => {
          const latest = (published: boolean) =>
            payload.findVersions({
              collection,
              overrideAccess: false,
              user,
              where: {
                parent: { equals: doc.id },
                ...(published ? { 'version._status': { equals: 'published' } } : {}),
              },
              sort: '-updatedAt',
              limit: 1,
              depth: 0,
              select: { updatedAt: true } as never,
            })
          // The pending revision against what readers see now (or, if nothing was ever
          // published, against the revision before it).
          const [{ docs: versions }, { docs: published }] = await Promise.all([
            latest(false),
            latest(true),
          ])
          const record = doc as unknown as Record<string, unknown>
          const base = `${adminRoute}/collections/${collection}/${doc.id}`
          return {
            collection,
            collectionLabel: collection[0].toUpperCase() + collection.slice(1, -1),
            id: doc.id,
            title: String(record[TITLE_FIELD[collection]] ?? doc.id),
            authorName: String(record.authorName ?? ''),
            changeSummary: String(record.changeSummary ?? ''),
            submittedAt: doc.updatedAt,
            compareUrl: versions[0]
              ? `${base}/versions/${versions[0].id}${published[0] ? `?versionFrom=${published[0].id}` : ''}`
              : `${base}/versions`,
            editUrl: base,
          } satisfies PendingRevision
        }),
      )
    }),
  )
  return perCollection.flat().sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
}
