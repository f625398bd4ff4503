import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * A refusal reaches REST clients with its own message. Payload formats an error by its class
 * name when it carries no `data`; a production build minifies Payload's `APIError` into an
 * anonymous class, whose instances have an empty `name`, and every such refusal (the
 * workflow's 403 and 409, Payload's own Forbidden and Locked) came out as "An unknown error
 * occurred.". Errors meant for the client (public, or a 4xx status) get their message back.
 */
export const publicErrorMessages: AfterErrorHook = ({ error, result }) => {
  const first = result?.errors?.[0]
  if (!result || !first || first.message !== UNKNOWN) return
  const { isPublic, status, data } = error as {
    isPublic?: boolean
    status?: number
    data?: unknown
  }
  const meantForClient = isPublic === true || (typeof status === 'number' && status < 500)
  if (!meantForClient || !error.message) return
  return {
    response: {
      ...result,
      errors: [{ ...first, message: error.message, ...(data ? { data: data as never } : {}) }],
    },
  }
}
