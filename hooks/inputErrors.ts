import type { AfterErrorHook } from 'payload'

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

/** A 4xx for errors caused by the request's content; undefined for the server's own faults. */
export const clientFault = (
  error: unknown,
  contentType = '',
): { status: number; message: string } | undefined => {
  const original = ((error as { originalError?: unknown }).originalError ?? error) as Error
  if (original instanceof SyntaxError) {
    return { status: 400, message: `A query parameter is not valid JSON: ${original.message}` }
  }
  // The multipart parser (busboy) throws plain errors on a truncated or malformed form.
  const formError = /form|multipart|boundary/i.test(String(original.message))
  if (contentType.startsWith('multipart/') && formError && !databaseCause(error)) {
    return { status: 400, message: `The multipart body is malformed: ${original.message}` }
  }
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

/**
 * The safety net behind the input guards (hooks/validateInput.ts): a database refusing a
 * value the guards missed is still the client's fault, so it answers 4xx, not 500 — in REST
 * and inside GraphQL responses alike.
 */
export const mapInputErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const fault = clientFault(error, req.headers?.get('content-type') ?? '')
  if (!fault) return undefined
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: fault.message,
        extensions: { ...graphqlResult.extensions, statusCode: fault.status },
      },
    }
  }
  return {
    response: { ...result, errors: [{ message: fault.message }] },
    status: fault.status,
  }
}
