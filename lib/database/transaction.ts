import type { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** Runs one SQL statement (drizzle's `execute`), on a transaction or on the pool. */
export type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }> }

/**
 * The request's own database transaction, or undefined when it runs in none. A statement run
 * on it sees the save's uncommitted rows, commits or rolls back with it, and never waits for a
 * second pool connection (which a request holding one could deadlock on). The Postgres adapter
 * keeps each transaction in `db.sessions` under the request's transaction id, a field its types
 * do not show: this is the one place that reaches into it.
 */
export async function requestTransaction(req: PayloadRequest): Promise<Executor | undefined> {
  const id = await req.transactionID
  if (id === undefined || id === null) return undefined
  const { sessions } = req.payload.db as unknown as { sessions?: Record<string, { db: Executor }> }
  return sessions?.[String(id)]?.db
}
