import { createHash } from 'node:crypto'

import pg from 'pg'

import { TAGS } from './cacheTags'
import { banEdge, purgeEdge } from './edgePurge'
import { adoptRevalidationState, writeRevalidationState } from './revalidationState.mjs'

/**
 * How every `next start` instance learns of a publish made through any other, on the
 * PostgreSQL they already share (no new server): each change is a row of a small log
 * (`annals_changes`, numbered in commit order), announced by NOTIFY. Each instance keeps its
 * own page cache, fast on a hit; it applies the log's rows in order — revalidates their tags
 * in its own cache, then bans them at the edge — and remembers the last row it applied beside
 * that cache (`lib/revalidationState.mjs`). An instance that was stopped, or lost its
 * connection, replays the rows it missed, and only those.
 */
export const CHANNEL = 'annals_revalidate'
export const CHANGE_LOG = 'annals_changes'

export type ChangeMessage = { tags: string[]; paths: string[] }

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

type Queryable = { query: (text: string, values?: unknown[]) => Promise<unknown> }
type Pool = Queryable & { connect: () => Promise<Queryable & { release: () => void }> }

/**
 * Appends a committed change to the log and announces it to every instance (this one too).
 * Rows are numbered under a lock held to the commit, so a higher number is never committed
 * before a lower one and a reader of "everything after n" misses nothing. Should the database
 * refuse, this instance still clears the edge; the others then serve their cached copies until
 * the next change reaches them.
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
        `INSERT INTO ${CHANGE_LOG} (tags, paths) VALUES ($1, $2) RETURNING seq`,
        [change.tags, change.paths],
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
    await Promise.all([banEdge(change.tags), purgeEdge(change.paths)])
  }
}

/** Authenticates an instance calling its own revalidation route. */
export const internalToken = () =>
  createHash('sha256')
    .update(`annals-revalidate:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest('hex')

export const INTERNAL_ROUTE = '/internal/revalidate'
export const TOKEN_HEADER = 'x-annals-revalidate'

const RECONNECT_MS = 1_000
const APPLY_ATTEMPTS = 60
// A copy the edge fetched from an instance just before that instance revalidated can land
// after the ban meant to remove it; a second ban a moment later removes that one too (as
// MediaWiki's rebound purges do).
const REBOUND_PURGE_MS = 500

type LogRow = { seq: string; tags: string[]; paths: string[] }

/**
 * What to apply to catch up from `cursor` (the last row applied; undefined when unknown): the
 * rows after it, or — when the instance cannot know what it missed (no cursor, the log pruned
 * past it) or the replay is larger than the whole site — one site-wide revalidation.
 */
export async function changesSince(
  client: Queryable,
  cursor: number | undefined,
): Promise<{ seq: number; tags: string[]; paths: string[]; siteWide: boolean } | null> {
  const siteWide = async () => {
    const { rows } = (await client.query(
      `SELECT coalesce(max(seq), 0) AS seq FROM ${CHANGE_LOG}`,
    )) as { rows: { seq: string }[] }
    // The number is read before the revalidation: anything committed later is replayed later.
    return { seq: Number(rows[0].seq), tags: [TAGS.site], paths: [], siteWide: true }
  }
  if (cursor === undefined) return siteWide()
  const { rows } = (await client.query(
    `SELECT seq, tags, paths FROM ${CHANGE_LOG} WHERE seq > $1 ORDER BY seq LIMIT $2`,
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
  return {
    seq: Number(rows[rows.length - 1].seq),
    tags,
    paths: [...new Set(rows.flatMap((row) => row.paths))],
    siteWide: false,
  }
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

/**
 * Listens for changes and applies each to this instance: Next's `revalidateTag` needs a
 * request of this server, so the listener calls the instance's own internal route, then bans
 * the tags at the edge once that route has answered (the tags are revalidated by then).
 */
export function startRevalidationListener({
  connectionString = process.env.DATABASE_URL,
  distDir = process.env.NEXT_DIST_DIR || '.next',
  log = console,
}: {
  connectionString?: string
  distDir?: string
  log?: Pick<Console, 'info' | 'warn'>
} = {}) {
  if (!connectionString) return { stop: async () => {} }
  let client: pg.Client | undefined
  let stopped = false
  // Read once the server listens: `next start` sets PORT then.
  const port = () => process.env.PORT || '3000'
  let state: { seq: number | undefined; tags: Map<string, number> } | undefined

  const revalidateHere = async (tags: string[]) => {
    const response = await fetch(`http://127.0.0.1:${port()}${INTERNAL_ROUTE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: internalToken() },
      body: JSON.stringify({ tags }),
    })
    if (!response.ok) throw new Error(`${INTERNAL_ROUTE} answered ${response.status}`)
  }

  const apply = async (change: {
    seq: number
    tags: string[]
    paths: string[]
    siteWide: boolean
  }) => {
    // Taken before the route revalidates: a page cached after it was rendered from the
    // committed change, so restoring this time after a restart expires no fresh page.
    const appliedAt = Date.now()
    for (let attempt = 1; ; attempt++) {
      try {
        await revalidateHere(change.tags)
        break
      } catch (error) {
        // The server may not listen yet: it starts listening after instrumentation runs.
        if (attempt >= APPLY_ATTEMPTS || stopped) throw error
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS).unref())
      }
    }
    const current = state!
    // After a site-wide revalidation no earlier time of any tag matters any more.
    if (change.siteWide) current.tags.clear()
    for (const tag of change.tags) current.tags.set(tag, appliedAt)
    current.tags = boundRememberedTags(current.tags)
    current.seq = change.seq
    try {
      writeRevalidationState(distDir, port(), {
        seq: change.seq,
        tags: Object.fromEntries(current.tags),
      })
    } catch (error) {
      log.warn(`Revalidation state not saved: ${(error as Error).message}`)
    }
    const dropAtEdge = () => Promise.all([banEdge(change.tags), purgeEdge(change.paths)])
    await dropAtEdge()
    setTimeout(() => void dropAtEdge(), REBOUND_PURGE_MS).unref()
  }

  // One catch-up at a time; a notification during one asks for one more after it.
  let running: Promise<void> | undefined
  let again = false
  const catchUp = (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        if (!state) {
          const saved = adoptRevalidationState(distDir, port())
          state = { seq: saved?.seq, tags: new Map(Object.entries(saved?.tags ?? {})) }
        }
        // The current connection: after a reconnect, the new one.
        if (!client) break
        const change = await changesSince(client, state.seq)
        if (change) {
          if (change.siteWide) {
            log.info('Revalidation: cannot know which changes were missed; revalidating every page')
          }
          await apply(change)
        }
      } while (again && !stopped)
    })()
      .catch((error: Error) => log.warn(`Revalidation failed: ${error.message}`))
      .finally(() => {
        running = undefined
      })
    return running
  }

  const connect = async () => {
    if (stopped) return
    const next = new pg.Client({ connectionString })
    let retrying = false
    const retry = () => {
      if (retrying || stopped) return
      retrying = true
      if (client === next) client = undefined
      void next.end().catch(() => {})
      setTimeout(() => void connect(), RECONNECT_MS).unref()
    }
    next.on('notification', ({ channel }) => {
      if (channel === CHANNEL) void catchUp()
    })
    next.on('error', (error) => {
      log.warn(`Revalidation listener lost its connection: ${error.message}`)
      retry()
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${CHANNEL}`)
      client = next
      // Whatever was logged while this instance was not listening (it just started, or its
      // connection dropped) is replayed now; notifications from here on trigger the rest.
      void catchUp()
    } catch (error) {
      log.warn(`Revalidation listener cannot connect: ${(error as Error).message}`)
      retry()
    }
  }
  void connect()
  return {
    stop: async () => {
      stopped = true
      await client?.end().catch(() => {})
    },
  }
}
