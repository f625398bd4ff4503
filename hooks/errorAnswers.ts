import type { AfterErrorHook } from 'payload'

import {
  databaseRefusal,
  databaseUnavailableReason,
  isDatabaseError,
  reportDatabaseError,
} from '@/lib/database'

/** Payload's words for an error it could not format (a minified class has no name). */
const UNKNOWN = 'An unknown error occurred.'

/** What the client is told: a status and a message, and the field errors behind them. */
export type ErrorAnswer = { status: number; message: string; data?: unknown }

/** Who decided an answer: the request's fault, the database's absence, or Payload's own. */
export type ErrorDecision = ErrorAnswer & { cause: 'request' | 'database' | 'payload' }

/** A 4xx for an error the request itself caused, or `undefined` for the server's own faults. */
export function clientFault(error: unknown, contentType = ''): ErrorAnswer | undefined {
  const original = ((error as { originalError?: unknown }).originalError ?? error) as Error
  if (original instanceof SyntaxError) {
    return { status: 400, message: `A query parameter is not valid JSON: ${original.message}` }
  }
  // The multipart parser (busboy) throws plain errors on a truncated or malformed form
  // ("Unexpected end of form", "Malformed part header"), never one with a status: Payload's
  // own refusals (Forbidden: "…to perform this action") keep theirs.
  const status = (error as { status?: unknown }).status ?? (original as { status?: unknown }).status
  if (
    contentType.startsWith('multipart/') &&
    status === undefined &&
    /\b(form|multipart|boundary|malformed)\b/i.test(String(original.message)) &&
    !isDatabaseError(error)
  ) {
    return { status: 400, message: `The multipart body is malformed: ${original.message}` }
  }
  return databaseRefusal(error)
}

const unavailable = (error: unknown): ErrorAnswer | undefined => {
  const reason = databaseUnavailableReason(error)
  if (!reason) return undefined
  return {
    status: 503,
    message: `The service is briefly unavailable: ${reason}. Please try again in a moment.`,
  }
}

const meantForClient = ({ isPublic, status }: { isPublic?: boolean; status?: number }) =>
  isPublic === true || (typeof status === 'number' && status < 500)

/** The fields' own messages ("Describe this change: …"), when `data` lists field errors. */
const fieldMessages = (data: unknown) => {
  const errors = (data as { errors?: { message?: unknown }[] } | null | undefined)?.errors
  if (!Array.isArray(errors)) return undefined
  const messages = errors
    .map((fieldError) => fieldError?.message)
    .filter((message): message is string => typeof message === 'string' && message !== '')
  return messages.length ? messages.join(' ') : undefined
}

/**
 * The one place that decides what an error answers. `given` is what Payload would answer
 * (its status, and the message and data of its first error). The first rule that applies:
 *
 * 1. The request was malformed, or the database refused one of its values (a date it cannot
 *    hold, a related document that does not exist): 4xx naming the field. The input guards
 *    (hooks/validateInput.ts) missed it, but it is still the client's fault, not a 500.
 * 2. The database could not answer (timeout, lost connection, shutdown): 503 saying so, since
 *    the request may simply be retried.
 * 3. Anything else keeps Payload's status. An error meant for the client (public, or a 4xx)
 *    keeps its own message: Payload formats an error by its class name, which a production
 *    build minifies away, and every such refusal (the workflow's 403 and 409, Payload's
 *    Forbidden and Locked) came out as "An unknown error occurred.".
 *
 * Then, on top of whichever applied, a field refusal says the fields' own reasons: Payload
 * titles it "The following field is invalid: changeSummary" and the admin toasts that title,
 * leaving the reason in `data.errors` for the field alone. The field errors stay in `data`;
 * those of a minified ValidationError, which Payload did not recognise as one and so left
 * out, are taken from the error itself.
 */
export function decideErrorAnswer({
  error,
  contentType = '',
  given,
}: {
  error: unknown
  contentType?: string
  given: ErrorAnswer
}): ErrorDecision {
  const thrown = (error ?? {}) as {
    isPublic?: boolean
    status?: number
    data?: unknown
    message?: unknown
  }
  const request = clientFault(error, contentType)
  const database = request ? undefined : unavailable(error)
  const ownMessage =
    given.message === UNKNOWN &&
    meantForClient(thrown) &&
    typeof thrown.message === 'string' &&
    thrown.message !== ''
  const decided: ErrorDecision = request
    ? { ...request, cause: 'request' }
    : database
      ? { ...database, cause: 'database' }
      : ownMessage
        ? {
            ...given,
            message: thrown.message as string,
            data: thrown.data || given.data,
            cause: 'payload',
          }
        : { ...given, cause: 'payload' }

  const data = decided.data ?? (fieldMessages(thrown.data) ? thrown.data : undefined)
  const fields = fieldMessages(data)
  return fields ? { ...decided, message: fields, data } : decided
}

/**
 * The afterError hook: decideErrorAnswer applied to Payload's REST answer and to each GraphQL
 * error alike (GraphQL carries the status in `extensions.statusCode`, inside a 200). It
 * returns nothing when the answer stays as Payload made it, and a status only when it
 * differs from Payload's.
 */
export const errorAnswers: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const contentType = req?.headers?.get('content-type') ?? ''
  // An API request the database could not answer raises the alarm as a failed page does
  // (Next's onRequestError never sees errors Payload answered): the proxy then answers 503.
  reportDatabaseError((error as { originalError?: unknown }).originalError ?? error)

  if (graphqlResult) {
    // An error of the query itself (syntax, unknown field, cost) has no originalError: it
    // came from no resolver, so neither the request's values nor the database are behind it.
    const original = (error as { originalError?: unknown }).originalError
    if (!original) return undefined
    const given: ErrorAnswer = {
      status: Number(graphqlResult.extensions?.statusCode) || 500,
      message: graphqlResult.message,
      data: graphqlResult.extensions?.data,
    }
    const answer = decideErrorAnswer({ error: original, contentType, given })
    if (answer.status === given.status && answer.message === given.message) return undefined
    return {
      graphqlResult: {
        ...graphqlResult,
        message: answer.message,
        extensions: { ...graphqlResult.extensions, statusCode: answer.status },
      },
    }
  }

  const [first, ...others] = result?.errors ?? []
  if (!result || !first) return undefined
  const payloadStatus = (error as { status?: number }).status || 500
  const given: ErrorAnswer = {
    status: payloadStatus,
    message: first.message ?? '',
    data: first.data,
  }
  const answer = decideErrorAnswer({ error, contentType, given })
  // A request or database fault replaces Payload's entry (its name and data were about an
  // error the client is not told of); otherwise Payload's entry is amended.
  const entry = {
    ...(answer.cause === 'payload' ? first : {}),
    message: answer.message,
    ...(answer.data ? { data: answer.data as Record<string, unknown> } : {}),
  }
  // Further entries (rare: Payload lists several when an error's message is an array) keep
  // their data, with their fields' messages on top.
  const rest = others.map((other) => {
    const fields = fieldMessages(other.data)
    return fields ? { ...other, message: fields } : other
  })
  const unchanged =
    answer.cause === 'payload' &&
    entry.message === first.message &&
    entry.data === first.data &&
    rest.every((other, index) => other === others[index])
  if (unchanged) return undefined
  return {
    response: { ...result, errors: [entry, ...rest] },
    ...(answer.status !== payloadStatus ? { status: answer.status } : {}),
  }
}

/** pino's level number for `error` (`warn` is 40, `info` 30). */
const ERROR_LEVEL = 50

type LogTarget = { info: (message: string) => void }

/**
 * pino's `logMethod` hook for Payload's logger: an error the client caused (a 4xx by its own
 * status, or by `clientFault`) is logged as one line at info level, not as a stack trace at
 * ERROR. Payload's own `loggingLevels` map does this by class name, which a production build
 * minifies away, so every refused request wrote 1.6 KB at ERROR.
 */
export function logRefusalsBriefly(
  this: LogTarget,
  args: unknown[],
  method: (...args: unknown[]) => void,
  level: number,
) {
  const error = (args[0] as { err?: unknown } | null | undefined)?.err
  const ownStatus = (error as { status?: unknown } | undefined)?.status
  const status =
    level >= ERROR_LEVEL && error && typeof error === 'object'
      ? typeof ownStatus === 'number' && ownStatus < 500
        ? ownStatus
        : clientFault(error)?.status
      : undefined
  if (status === undefined) return method.apply(this, args)
  const message = String((error as { message?: unknown }).message ?? '')
  this.info(`Refused a request with ${status}: ${message.replace(/\s+/g, ' ').slice(0, 200)}`)
}
