import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { requestTransaction, type Executor } from '@/lib/database'

import type { WorkflowCollection } from './states'

/** The request's own transaction (never a second pool connection), or a refusal. */
const transactionOf = async (req: PayloadRequest): Promise<Executor> => {
  const transaction = await requestTransaction(req)
  if (!transaction) {
    // Without the save's transaction the check below could not be atomic: refuse, don't skip.
    throw new APIError(
      'This save is not running in a database transaction, so it cannot be checked against concurrent saves; it was refused.',
      500,
    )
  }
  return transaction
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`)

export type Revision = { updatedAt: string | null; savedByName: string | null }

/**
 * Locks the document's row until the save's transaction ends, then reads its newest revision
 * (a draft's version, or the document itself when it has none). Saves of one document thus
 * take turns, and each sees what the one before it committed: the compare-and-set that
 * refuses a save made on a revision someone has since replaced.
 */
export async function lockAndReadRevision(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: number | string,
): Promise<Revision | null> {
  const tx = await transactionOf(req)
  const table = ident(collection)
  const versions = ident(`_${collection}_v`)
  const locked = await tx.execute(
    sql`SELECT updated_at, saved_by_name FROM ${table} WHERE id = ${Number(id)} FOR UPDATE`,
  )
  const row = locked.rows[0] as { updated_at: Date | string; saved_by_name: string | null }
  if (!row) return null
  const latest = await tx.execute(
    sql`SELECT version_updated_at, version_saved_by_name FROM ${versions}
        WHERE parent_id = ${Number(id)} AND latest = true
        ORDER BY updated_at DESC LIMIT 1`,
  )
  const version = latest.rows[0] as
    { version_updated_at: Date | string | null; version_saved_by_name: string | null } | undefined
  const iso = (value: Date | string | null | undefined) =>
    value === null || value === undefined ? null : new Date(value).toISOString()
  return version
    ? {
        updatedAt: iso(version.version_updated_at),
        savedByName: version.version_saved_by_name,
      }
    : { updatedAt: iso(row.updated_at), savedByName: row.saved_by_name }
}

/** True when two timestamps name the same revision (to the millisecond PostgreSQL keeps). */
export const sameRevision = (a: unknown, b: unknown) => {
  if (typeof a !== 'string' && !(a instanceof Date)) return false
  if (typeof b !== 'string' && !(b instanceof Date)) return false
  const left = new Date(a).getTime()
  return !Number.isNaN(left) && left === new Date(b).getTime()
}
