import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { operationFacts } from '../hooks/captureOperation'
import { blockingMessage, isCitationChecked } from './citationChecks'
import { runCitationChecks } from './loadCitationChecks'

/**
 * Refuses to publish (approve) a revision of an article or event that fails a blocking
 * citation check, naming every problem. It runs after `enforceWorkflow` on every write, so it
 * holds for every door: REST, GraphQL, the admin, the Local API on a user's behalf and
 * scheduled publishes. Server code writing with `overrideAccess` (the seed, migrations) is
 * trusted, as by the workflow; drafts and submissions are never refused — editors see the
 * same checklist in the admin before they submit.
 */
export const enforceCitationChecks: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!isCitationChecked(collection.slug)) return data
  const facts = operationFacts(req.context, collection.slug)
  // Without the facts `enforceWorkflow` (which runs first) has refused the save already.
  if (!req.user || !facts || facts.overrideAccess) return data
  const status = data._status ?? (originalDoc as { _status?: string } | undefined)?._status
  const draftSave =
    facts.draft && (Boolean(req.context.isRestoringVersion) || status !== 'published')
  if (draftSave || status !== 'published') return data

  const checklist = await runCitationChecks({
    payload: req.payload,
    req,
    collection: collection.slug,
    revision: data,
  })
  if (checklist.passed) return data
  throw new APIError(
    blockingMessage(checklist),
    400,
    { problems: checklist.problems.filter((problem) => problem.severity === 'blocking') },
    true,
  )
}
