import type { AfterErrorHook } from 'payload'

/** PostgreSQL error codes that mean "the database could not answer now", not "bad request". */
const UNAVAILABLE_CODES: Record<string, string> = {
  '57014': 'a database statement took too long and was cancelled',
  '25P03': 'a database transaction was left idle too long and was closed',
  '57P01': 'the database is shutting down',
  '57P02': 'the database is restarting',
  '57P03': 'the database is starting up',
  '53300': 'the database has no free connection',
  '40P01': 'two saves deadlocked in the database',
  '55P03': 'a database lock could not be taken in time',
}

const CONNECTION_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /connection refused/i,
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT/,
  /cannot begin transaction/i,
  /Client has encountered a connection error/i,
  /terminating connection/i,
  /Query read timeout/i,
]

/** Walks an error and its causes (drizzle and Payload wrap the driver's errors). */
const chain = (error: unknown): Record<string, unknown>[] => {
  const errors: Record<string, unknown>[] = []
  let current = error
  while (current && typeof current === 'object' && errors.length < 8) {
    errors.push(current as Record<string, unknown>)
    current = (current as { cause?: unknown }).cause
  }
  return errors
}

/** Why the database could not serve the request, or `undefined` for any other error. */
export function databaseUnavailableReason(error: unknown): string | undefined {
  for (const link of chain(error)) {
    const code = typeof link.code === 'string' ? link.code : undefined
    if (code && UNAVAILABLE_CODES[code]) return UNAVAILABLE_CODES[code]
    if (code?.startsWith('08')) return 'the connection to the database failed'
    const message = typeof link.message === 'string' ? link.message : ''
    if (
      (code && /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(code)) ||
      CONNECTION_MESSAGES.some((pattern) => pattern.test(message))
    ) {
      return 'the database is not reachable'
    }
  }
  return undefined
}

/**
 * Database timeouts and lost connections are answered as 503 Service Unavailable with a
 * message saying so, instead of Payload's generic 500: the request may simply be retried.
 */
export const databaseErrors: AfterErrorHook = ({ error, result }) => {
  const reason = databaseUnavailableReason(error)
  if (!reason) return
  return {
    status: 503,
    response: {
      ...result,
      errors: [
        {
          message: `The service is briefly unavailable: ${reason}. Please try again in a moment.`,
        },
      ],
    },
  }
}
