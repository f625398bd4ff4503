import {
  addDataAndFileToRequest,
  forgotPasswordOperation,
  headersWithCors,
  type CollectionBeforeOperationHook,
  type Endpoint,
} from 'payload'

import { limitResetRequest } from './loginThrottle'

/** The email a reset request names, as Payload reads it (an empty string when missing). */
const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email : ''
}

/**
 * POST /api/users/forgot-password, in place of Payload's own (a collection's endpoints come
 * before Payload's): the same operation and the same answer ("Success" whether or not the
 * email has an account), after the rate limit. The limit is checked here, before Payload's
 * operation opens its transaction — the operation then takes a second pool connection for its
 * own reservation, so a flood reaching it would hold the whole pool.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = emailOf(req.data)
    if (email.trim()) await limitResetRequest(req, email)
    req.context.resetCounted = true
    await forgotPasswordOperation({
      collection: req.payload.collections.users,
      // As Payload's own handler passes it; the operation's type also asks for a password.
      data: { email } as Parameters<typeof forgotPasswordOperation>[0]['data'],
      req,
    })
    return Response.json(
      { message: req.t('general:success') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}

/**
 * The same limit for a reset requested through GraphQL (`forgotPasswordUser`), which reaches
 * the operation without the endpoint. Server code calling the Local API is not limited.
 */
export const limitResets: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword' || req.payloadAPI === 'local' || req.context.resetCounted) {
    return args
  }
  const email = emailOf((args as { data?: unknown }).data)
  if (email.trim()) await limitResetRequest(req, email)
  return args
}
