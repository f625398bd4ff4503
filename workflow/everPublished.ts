import type { PayloadRequest } from 'payload'

import type { WorkflowCollection } from './states'

/**
 * The rule for deleting: only reviewers and admins delete a document readers were ever shown,
 * whatever its state now (an unpublished article still has a published past: links to it,
 * citations of it, its public history). Editors delete only what was never published.
 */
export const EVER_PUBLISHED_DELETE_RULE =
  'Only reviewers and admins can delete a document that was ever published, even if it is unpublished now.'

/** True when the document has a published revision anywhere in its history. */
export async function hasPublishedRevision(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: number | string,
) {
  // The adapter itself, inside the save's transaction: the Local API would hand the hooks a
  // copy of `req.context` and lose what the workflow's hooks remember for each other in it.
  const { totalDocs } = await req.payload.db.countVersions({
    collection,
    where: {
      and: [{ parent: { equals: Number(id) } }, { 'version._status': { equals: 'published' } }],
    },
    req,
  })
  return totalDocs > 0
}
