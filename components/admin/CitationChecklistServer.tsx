import type { ServerFieldBase } from 'payload'
import React from 'react'

import { isStaff } from '@/access/roles'
import { isCitationChecked } from '@/workflow/checks/citationChecks'
import { runCitationChecks } from '@/workflow/checks/loadCitationChecks'

import { CitationChecklistView } from './CitationChecklistView'

/**
 * The citation checklist of the document's newest revision (draft included), in its sidebar:
 * editors see it before they submit, reviewers before they approve. Rendered on the server
 * with the same rules `enforceCitationChecks` applies at approval, so what it marks as
 * blocking is what the approval refuses.
 */
export async function CitationChecklistServer({
  id,
  collectionSlug,
  payload,
  req,
}: ServerFieldBase) {
  const user = req.user
  if (id === undefined || !isCitationChecked(collectionSlug)) return null
  if (!isStaff(user)) return null
  const revision = await payload.findByID({
    collection: collectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user,
    req,
    disableErrors: true,
  })
  if (!revision) return null
  const checklist = await runCitationChecks({ payload, req, collection: collectionSlug, revision })
  return <CitationChecklistView checklist={checklist} />
}
