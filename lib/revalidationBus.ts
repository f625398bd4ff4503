import { createHash } from 'node:crypto'

import pg from 'pg'

import { TAGS } from './cacheTags'
import { purgeEdge } from './edgePurge'

/**
 * How every `next start` instance learns of a publish made through any other: PostgreSQL
 * LISTEN/NOTIFY on the database they already share (no new server). Each instance keeps its
 * own page cache, fast on a hit; on each change it hears, it revalidates the tags in its own
 * cache, then purges the edge.
 */
export const CHANNEL = 'annals_revalidate'

export type ChangeMessage = { tags: string[]; paths: string[] }

// NOTIFY payloads must stay under 8,000 bytes; a larger change goes out in several.
const MAX_MESSAGE_BYTES = 7_000

export function splitMessage({ tags, paths }: ChangeMessage): ChangeMessage[] {
  const messages: ChangeMessage[] = []
  let current: ChangeMessage = { tags: [], paths: [] }
  let size = 32
  const add = (key: 'tags' | 'paths', value: string) => {
    const cost = Buffer.byteLength(JSON.stringify(value)) + 1
    if (size + cost > MAX_MESSAGE_BYTES && (current.tags.length || current.paths.length)) {
      messages.push(current)
      current = { tags: [], paths: [] }
      size = 32
    }
    current[key].push(value)
    size += cost
  }
  tags.forEach((tag) => add('tags', tag))
  paths.forEach((path) => add('paths', path))
  if (current.tags.length || current.paths.length) messages.push(current)
  return messages
}

type Queryable = { query: (text: string, values: unknown[]) => Promise<unknown> }

/**
 * Tells every instance (this one too) about a committed change. Should the database refuse,
 * this instance still purges the edge; the others then serve their cached copies until the
 * next change reaches them.
 */
export async function broadcastChange(payload: { db: unknown }, change: ChangeMessage) {
  const { pool } = payload.db as { pool?: Queryable }
  try {
    if (!pool) throw new Error('no database pool')
    for (const message of splitMessage(change)) {
      await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(message)])
    }
  } catch (error) {
    console.warn(`Revalidation broadcast failed: ${(error as Error).message}`)
    await purgeEdge(change.paths)
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
const RESYNC_ATTEMPTS = 60
// A copy the edge fetched from an instance just before that instance revalidated can land
// after the purge meant to remove it; a second purge a moment later removes that one too (as
// MediaWiki's rebound purges do).
const REBOUND_PURGE_MS = 500

/**
 * Listens for changes and applies each to this instance: Next's `revalidateTag` needs a
 * request of this server, so the listener calls the instance's own internal route, then purges
 * the edge once that route has answered (the tags are revalidated by then).
 */
export function startRevalidationListener({
  connectionString = process.env.DATABASE_URL,
  log = console,
}: { connectionString?: string; log?: Pick<Console, 'info' | 'warn'> } = {}) {
  if (!connectionString) return { stop: async () => {} }
  let client: pg.Client | undefined
  let stopped = false

  const apply = async (message: ChangeMessage) => {
    const port = process.env.PORT || '3000'
    const response = await fetch(`http://127.0.0.1:${port}${INTERNAL_ROUTE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: internalToken() },
      body: JSON.stringify({ tags: message.tags }),
    })
    if (!response.ok) throw new Error(`${INTERNAL_ROUTE} answered ${response.status}`)
    await purgeEdge(message.paths)
    setTimeout(() => void purgeEdge(message.paths), REBOUND_PURGE_MS).unref()
  }

  // Changes announced before this instance listened (it just started, from a build or a page
  // cache another instance left on disk; or its connection dropped) never reached it: it
  // re-renders every page on its next visit rather than serve one of those.
  const resync = async () => {
    for (let attempt = 0; attempt < RESYNC_ATTEMPTS && !stopped; attempt++) {
      try {
        return await apply({ tags: [TAGS.site], paths: [] })
      } catch {
        // The server may not listen yet: it starts listening after instrumentation runs.
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS))
      }
    }
    log.warn('Revalidation listener could not reach its own server to revalidate')
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
      setTimeout(() => void connect(), RECONNECT_MS)
    }
    next.on('notification', ({ channel, payload }) => {
      if (channel !== CHANNEL || !payload) return
      let message: ChangeMessage
      try {
        message = JSON.parse(payload) as ChangeMessage
      } catch {
        return
      }
      apply(message).catch((error: Error) => log.warn(`Revalidation failed: ${error.message}`))
    })
    next.on('error', (error) => {
      log.warn(`Revalidation listener lost its connection: ${error.message}`)
      retry()
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${CHANNEL}`)
      client = next
      void resync()
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
