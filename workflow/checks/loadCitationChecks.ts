import type { Payload, PayloadRequest } from 'payload'

import {
  checkCitations,
  citedReferenceIdsOf,
  type CheckedRevision,
  type CitationCheckedCollection,
  type CitationChecklist,
} from './citationChecks'

/**
 * Runs the citation checks over a revision: loads the published revisions of the references
 * it cites in one query (and the link checker's verdicts on them in another), then applies
 * the pure rules. Server code: it reads with `overrideAccess`, inside the caller's `req`.
 */
export async function runCitationChecks({
  payload,
  req,
  collection,
  revision,
}: {
  payload: Payload
  req: PayloadRequest
  collection: CitationCheckedCollection
  revision: CheckedRevision
}): Promise<CitationChecklist> {
  const ids = citedReferenceIdsOf(revision)
  if (!ids.length) return checkCitations({ collection, revision, references: [] })
  const [references, linkChecks] = await Promise.all([
    payload.find({
      collection: 'references',
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      select: {
        title: true,
        work: true,
        date: true,
        url: true,
        normalizedUrl: true,
        archiveUrl: true,
        urlStatus: true,
      },
      draft: false,
      depth: 0,
      pagination: false,
      req,
    }),
    payload.find({
      collection: 'link-checks',
      where: { reference: { in: ids } },
      select: { reference: true, status: true, url: true },
      depth: 0,
      pagination: false,
      req,
    }),
  ])
  const verdicts = new Map(
    linkChecks.docs.map((check) => [check.reference as number, check] as const),
  )
  return checkCitations({
    collection,
    revision,
    references: references.docs.map((reference) => {
      const verdict = verdicts.get(reference.id)
      return {
        ...reference,
        // A verdict on an old URL says nothing about the one cited now.
        linkStatus: verdict && verdict.url === reference.url ? verdict.status : null,
      }
    }),
  })
}
