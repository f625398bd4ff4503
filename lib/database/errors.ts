/**
 * What a database error means for the client, read from the PostgreSQL error behind it
 * (Drizzle and Payload wrap the driver's errors). hooks/errorAnswers.ts turns these into the
 * answer's status and message.
 */

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

type DatabaseError = { code?: unknown; column?: unknown; detail?: unknown; message?: unknown }

/** The field a foreign-key or unique violation is about, from "Key (event_id)=(9)". */
const fieldOf = (cause: DatabaseError) => {
  const column =
    typeof cause.detail === 'string' ? /Key \(([a-z0-9_]+)\)/.exec(cause.detail)?.[1] : undefined
  const name = column ?? (typeof cause.column === 'string' ? cause.column : undefined)
  return name
    ?.replace(/^version_/, '')
    .replace(/_id$/, '')
    .replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
}

/** The PostgreSQL error behind a Drizzle or Payload error, if there is one. */
const databaseCause = (error: unknown): DatabaseError | undefined => {
  let current = error as { cause?: unknown; originalError?: unknown } | undefined
  for (let hops = 0; current && hops < 5; hops++) {
    const code = (current as DatabaseError).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return current as DatabaseError
    current = (current.originalError ?? current.cause) as typeof current
  }
  return undefined
}

/** Whether a PostgreSQL error is behind this one. */
export const isDatabaseError = (error: unknown) => databaseCause(error) !== undefined

/**
 * A 4xx naming the field when the database refused a value of the request (one the input
 * guards of hooks/validateInput.ts missed), or `undefined` for any other error.
 */
export function databaseRefusal(error: unknown): { status: number; message: string } | undefined {
  const cause = databaseCause(error)
  if (!cause) return undefined
  const code = cause.code as string
  const field = fieldOf(cause)
  const column = field ? ` (${field})` : ''
  // Class 22 is "data exception": a value the column cannot hold (bad date, number, enum…).
  if (code.startsWith('22'))
    return { status: 400, message: `A value is not valid for its field${column}.` }
  if (code === '23503') {
    return { status: 400, message: `A related document does not exist${column}.` }
  }
  if (code === '23505')
    return { status: 409, message: 'A document with this value already exists.' }
  if (code === '23502') return { status: 400, message: `A required value is missing${column}.` }
  return undefined
}
