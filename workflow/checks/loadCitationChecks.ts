import type { Payload, PayloadRequest } from 'payload'

import {
  checkCitations,
  citedReferenceIdsOf,
  type CheckedRevision,
  type CitationCheckedCollection,
  type CitationChecklist,
} from './citationChecks'

/**
 * Runs the citation checks over a revision: loads the references it cites in one query (and
 * the link checker's verdicts on them in another), then applies the pure rules. Server code:
 * it reads with `overrideAccess`, inside the caller's `req`.
 *
 * Which references readers can see is decided as their own reads decide it
 * (`publishedOrStaff`): by the `_status` of the document's own row, which holds the published
 * revision and is left alone by later draft saves. A reference never published, unpublished
 * since, or deleted is therefore not among `references`; the first two come back as `unseen`,
 * so the checklist can name them.
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
      where: { id: { in: ids } },
      select: {
        _status: true,
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
  const visible = references.docs.filter((reference) => reference._status === 'published')
  return checkCitations({
    collection,
    revision,
    unseen: references.docs
      .filter((reference) => reference._status !== 'published')
      .map(({ id, title, work }) => ({ id, title, work })),
    references: visible.map(({ _status, ...reference }) => {
      const verdict = verdicts.get(reference.id)
      return {
        ...reference,
        // A verdict on an old URL says nothing about the one cited now.
        linkStatus: verdict && verdict.url === reference.url ? verdict.status : null,
      }
    }),
  })
}
