import pg from 'pg'

import { banEdge } from './edgePurge'
import {
  boundRememberedTags,
  changesSince,
  CHANNEL,
  instancePort,
  revalidateInstance,
  type LoggedChange,
} from './revalidationBus'
import { adoptRevalidationState, writeRevalidationState } from './revalidationState.mjs'

type Log = Pick<Console, 'info' | 'warn'>

const RECONNECT_MS = 1_000
const APPLY_ATTEMPTS = 60
// A copy the edge fetched from an instance just before that instance revalidated can land
// after the ban meant to remove it; a second ban a moment later removes that one too (as
// MediaWiki's rebound purges do).
const REBOUND_PURGE_MS = 500

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref())

/**
 * Listens for changes and applies each to this instance, in three parts: a connection that
 * LISTENs and comes back after any loss (`listenForChanges`), one catch-up at a time from the
 * instance's cursor in the log (`oneAtATime`, `changesSince`), and applying what it found
 * (`applyChange`): revalidate here, record the cursor, ban at the edge.
 */
export function startRevalidationListener({
  connectionString = process.env.DATABASE_URL,
  distDir = process.env.NEXT_DIST_DIR || '.next',
  log = console,
}: {
  connectionString?: string
  distDir?: string
  log?: Log
} = {}) {
  if (!connectionString) return { stop: async () => {} }
  let stopped = false
  let cursor: Cursor | undefined
  const catchUp = oneAtATime(
    async () => {
      cursor ??= loadCursor(distDir)
      // The current connection: after a reconnect, the new one.
      const client = connection.current()
      if (!client) return
      const change = await changesSince(client, cursor.seq)
      if (!change) return
      if (change.siteWide) {
        log.info('Revalidation: cannot know which changes were missed; revalidating every page')
      }
      await applyChange(change, { cursor, distDir, log, isStopped: () => stopped })
    },
    {
      isStopped: () => stopped,
      onError: (error) => log.warn(`Revalidation failed: ${error.message}`),
    },
  )
  const connection = listenForChanges({ connectionString, log, onChange: catchUp })
  return {
    stop: async () => {
      stopped = true
      await connection.stop()
    },
  }
}

/**
 * A connection that LISTENs for changes, reconnecting a moment after any loss. Whatever was
 * logged while it was not listening (the instance just started, or the connection dropped) is
 * caught up as soon as it listens again: `onChange` runs then, and on every notification.
 */
function listenForChanges({
  connectionString,
  log,
  onChange,
}: {
  connectionString: string
  log: Log
  onChange: () => void
}) {
  let client: pg.Client | undefined
  let stopped = false
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
      if (channel === CHANNEL) onChange()
    })
    next.on('error', (error) => {
      log.warn(`Revalidation listener lost its connection: ${error.message}`)
      retry()
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${CHANNEL}`)
      client = next
      onChange()
    } catch (error) {
      log.warn(`Revalidation listener cannot connect: ${(error as Error).message}`)
      retry()
    }
  }
  void connect()
  return {
    current: () => client,
    stop: async () => {
      stopped = true
      await client?.end().catch(() => {})
    },
  }
}

/**
 * Runs `task` one at a time: asked while it runs, it runs once more afterwards (however many
 * times it was asked). A failure ends the round; the next request starts a new one.
 */
function oneAtATime(
  task: () => Promise<void>,
  { isStopped, onError }: { isStopped: () => boolean; onError: (error: Error) => void },
) {
  let running: Promise<void> | undefined
  let again = false
  return (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await task()
      } while (again && !isStopped())
    })()
      .catch(onError)
      .finally(() => {
        running = undefined
      })
    return running
  }
}

/**
 * Where this instance stands in the log: the last row applied (undefined when it cannot know)
 * and when it revalidated each tag, both kept beside its page cache (`revalidationState.mjs`).
 */
type Cursor = { seq: number | undefined; tags: Map<string, number> }

const loadCursor = (distDir: string): Cursor => {
  const saved = adoptRevalidationState(distDir, instancePort())
  return { seq: saved?.seq, tags: new Map(Object.entries(saved?.tags ?? {})) }
}

/** Moves the cursor past `change`, revalidated at `appliedAt`, and saves it. */
function advanceCursor(
  cursor: Cursor,
  change: LoggedChange,
  { appliedAt, distDir, log }: { appliedAt: number; distDir: string; log: Log },
) {
  // After a site-wide revalidation no earlier time of any tag matters any more.
  if (change.siteWide) cursor.tags.clear()
  for (const tag of change.tags) cursor.tags.set(tag, appliedAt)
  cursor.tags = boundRememberedTags(cursor.tags)
  cursor.seq = change.seq
  try {
    writeRevalidationState(distDir, instancePort(), {
      seq: change.seq,
      tags: Object.fromEntries(cursor.tags),
    })
  } catch (error) {
    log.warn(`Revalidation state not saved: ${(error as Error).message}`)
  }
}

/**
 * Applies a change to this instance: revalidates its tags through the instance's own route,
 * moves the cursor past it, then bans the tags at the edge (the instance re-renders by then).
 */
async function applyChange(
  change: LoggedChange,
  {
    cursor,
    distDir,
    log,
    isStopped,
  }: { cursor: Cursor; distDir: string; log: Log; isStopped: () => boolean },
) {
  // Taken before the route revalidates: a page cached after it was rendered from the
  // committed change, so restoring this time after a restart expires no fresh page.
  const appliedAt = Date.now()
  for (let attempt = 1; ; attempt++) {
    try {
      await revalidateInstance(instancePort(), change.tags)
      break
    } catch (error) {
      // The server may not listen yet: it starts listening after instrumentation runs.
      if (attempt >= APPLY_ATTEMPTS || isStopped()) throw error
      await pause(RECONNECT_MS)
    }
  }
  advanceCursor(cursor, change, { appliedAt, distDir, log })
  await banEdge(change.tags)
  setTimeout(() => void banEdge(change.tags), REBOUND_PURGE_MS).unref()
}
