import { APIError, type Endpoint } from 'payload'

import { isStaff } from '@/access/roles'

import { isCitationChecked } from './citationChecks'
import { runCitationChecks } from './loadCitationChecks'

/**
 * `GET /api/<articles|events>/:id/citation-checks`: the checklist of the document's newest
 * revision (draft included), for the admin's checklist panel. Staff only: it reads drafts.
 */
export const citationChecksEndpoint: Endpoint = {
  path: '/:id/citation-checks',
  method: 'get',
  handler: async (req) => {
    const slug = req.routeParams?.collection ?? ''
    const collection = typeof slug === 'string' ? slug : ''
    if (!req.user || !isStaff(req.user)) {
      throw new APIError(
        'Sign in as a member of the editorial team to see citation checks.',
        403,
        null,
        true,
      )
    }
    const id = Number(req.routeParams?.id)
    if (!isCitationChecked(collection) || !Number.isInteger(id)) {
      throw new APIError('No citation checks for this document.', 404, null, true)
    }
    const revision = await req.payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    if (!revision) throw new APIError(`No ${collection} document with id ${id}.`, 404, null, true)
    const checklist = await runCitationChecks({ payload: req.payload, req, collection, revision })
    return Response.json(checklist)
  },
}
