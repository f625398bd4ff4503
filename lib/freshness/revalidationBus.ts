import { createHash } from 'node:crypto'

import { TAGS } from './cacheTags'
import { banEdge } from './edgePurge'

/**
 * How every `next start` instance learns of a publish made through any other, on the
 * PostgreSQL they already share (no new server): each change is a row of a small log
 * (`annals_changes`, numbered in commit order), announced by NOTIFY. Each instance keeps its
 * own page cache, fast on a hit; its listener (`revalidationListener.ts`) applies the log's
 * rows in order — revalidates their tags in its own cache, then bans them at the edge — and
 * remembers the last row it applied beside that cache (`revalidationState.mjs`). An instance
 * that was stopped, or lost its connection, replays the rows it missed, and only those.
 */
export const CHANNEL = 'annals_revalidate'
export const CHANGE_LOG = 'annals_changes'

export type ChangeMessage = { tags: string[] }

/**
 * Rows the log keeps. An instance further behind (stopped for longer, or after more changes
 * than this) cannot know what it missed and revalidates the whole site instead.
 */
export const CHANGE_LOG_KEEP = 10_000

/** A replay touching more tags than this is cheaper as one site-wide revalidation. */
export const MAX_REPLAYED_TAGS = 2_000

/**
 * Tags whose revalidation times an instance keeps across restarts. Beyond it the oldest are
 * folded into the site-wide tag at the newest of their times: pages cached before that are
 * re-rendered after a restart, more than needed, never less.
 */
export const MAX_REMEMBERED_TAGS = 20_000

// Any fixed number: the lock that makes log numbers follow commit order.
const CHANGE_LOG_LOCK = 7_207_343

export type Queryable = { query: (text: string, values?: unknown[]) => Promise<unknown> }
type Pool = Queryable & { connect: () => Promise<Queryable & { release: () => void }> }

/**
 * Appends a committed change to the log and announces it to every instance (this one too).
 * Rows are numbered under a lock held to the commit, so a higher number is never committed
 * before a lower one and a reader of "everything after n" misses nothing. Should the database
 * refuse, this instance still revalidates its own cache and clears the edge; the others then
 * serve their cached copies until the next change reaches them.
 */
export async function broadcastChange(payload: { db: unknown }, change: ChangeMessage) {
  const { pool } = payload.db as { pool?: Pool }
  try {
    if (!pool) throw new Error('no database pool')
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      await client.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK])
      const { rows } = (await client.query(
        `INSERT INTO ${CHANGE_LOG} (tags) VALUES ($1) RETURNING seq`,
        [change.tags],
      )) as { rows: { seq: string }[] }
      const seq = Number(rows[0].seq)
      await client.query(`DELETE FROM ${CHANGE_LOG} WHERE seq <= $1`, [seq - CHANGE_LOG_KEEP])
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, String(seq)])
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  } catch (error) {
    console.warn(`Revalidation broadcast failed: ${(error as Error).message}`)
    // Outside a Next.js server (a script) there is no page cache here to revalidate.
    if (process.env.NEXT_RUNTIME) {
      await revalidateInstance(instancePort(), change.tags).catch((failure: Error) =>
        console.warn(`Revalidation failed: ${failure.message}`),
      )
    }
    await banEdge(change.tags)
  }
}

/** Authenticates an instance calling its own revalidation route. */
export const internalToken = () =>
  createHash('sha256')
    .update(`annals-revalidate:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest('hex')

export const INTERNAL_ROUTE = '/internal/revalidate'
export const TOKEN_HEADER = 'x-annals-revalidate'

/** This instance's port, read when needed: `next start` sets PORT once the server listens. */
export const instancePort = () => process.env.PORT || '3000'

/**
 * Revalidates tags in the instance listening on `port`: Next's `revalidateTag` works only
 * inside one of its requests, so a listener or a job asks the instance's own internal route.
 */
export async function revalidateInstance(port: string, tags: string[]) {
  const response = await fetch(`http://127.0.0.1:${port}${INTERNAL_ROUTE}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: internalToken() },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`${INTERNAL_ROUTE} answered ${response.status}`)
}

type LogRow = { seq: string; tags: string[] }

/** What an instance applies to catch up: one row of the log, several, or the whole site. */
export type LoggedChange = { seq: number; tags: string[]; siteWide: boolean }

/**
 * What to apply to catch up from `cursor` (the last row applied; undefined when unknown): the
 * rows after it, or — when the instance cannot know what it missed (no cursor, the log pruned
 * past it) or the replay is larger than the whole site — one site-wide revalidation.
 */
export async function changesSince(
  client: Queryable,
  cursor: number | undefined,
): Promise<LoggedChange | null> {
  const siteWide = async () => {
    const { rows } = (await client.query(
      `SELECT coalesce(max(seq), 0) AS seq FROM ${CHANGE_LOG}`,
    )) as { rows: { seq: string }[] }
    // The number is read before the revalidation: anything committed later is replayed later.
    return { seq: Number(rows[0].seq), tags: [TAGS.site], siteWide: true }
  }
  if (cursor === undefined) return siteWide()
  const { rows } = (await client.query(
    `SELECT seq, tags FROM ${CHANGE_LOG} WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [cursor, MAX_REPLAYED_TAGS + 1],
  )) as { rows: LogRow[] }
  if (!rows.length) return null
  if (Number(rows[0].seq) > cursor + 1) {
    // A gap: rows pruned past the cursor (or a number a rolled-back insert used up).
    const { rows: oldest } = (await client.query(`SELECT min(seq) AS seq FROM ${CHANGE_LOG}`)) as {
      rows: { seq: string }[]
    }
    if (Number(oldest[0].seq) > cursor + 1) return siteWide()
  }
  const tags = [...new Set(rows.flatMap((row) => row.tags))]
  if (rows.length > MAX_REPLAYED_TAGS || tags.length > MAX_REPLAYED_TAGS) return siteWide()
  return { seq: Number(rows[rows.length - 1].seq), tags, siteWide: false }
}

/** The revalidation times to keep: at most `limit`, the oldest folded into the site tag. */
export function boundRememberedTags(
  tags: Map<string, number>,
  limit: number = MAX_REMEMBERED_TAGS,
): Map<string, number> {
  if (tags.size <= limit) return tags
  const byTime = [...tags].sort((a, b) => b[1] - a[1])
  const kept = new Map(byTime.slice(0, limit - 1))
  const folded = byTime[limit - 1][1]
  kept.set(TAGS.site, Math.max(kept.get(TAGS.site) ?? 0, folded))
  return kept
}
