import pg from 'pg'

import { databaseUnavailableReason } from './errors'

import { isDatabaseDown, markDatabaseDown, markDatabaseUp } from './status'

/**
 * Finds out, within moments, when the database stops answering and when it answers again,
 * and keeps the process-wide flag of `lib/database/status.ts` up to date; the proxy then
 * answers 503 at once to requests that need the database (issue 9, item 5).
 *
 * While the database is healthy this costs one idle connection, the sentinel, and nothing
 * else: no polling. PostgreSQL closes every session when it shuts down, so the sentinel's
 * loss is the first sign; an error a request reports (`reportDatabaseError`) is the other.
 * Either only raises a suspicion: a probe (connect, `SELECT 1`, both bounded) decides, so a
 * slow statement or a deadlock never takes the site down. While down, one probe a second,
 * never two at once, until one succeeds.
 */
const PROBE_TIMEOUT_MS = 1_000
const PROBE_INTERVAL_MS = 1_000
// A sentinel that keeps being closed (a pooler's idle timeout, say) is reopened at most this
// often.
const SENTINEL_MIN_INTERVAL_MS = 5_000

type Watch = {
  connectionString: string
  log: Pick<Console, 'warn'>
  probing?: Promise<boolean>
  retry?: ReturnType<typeof setTimeout>
  sentinel?: pg.Client
  sentinelOpening: boolean
  sentinelOpenedAt: number
  sentinelTimer?: ReturnType<typeof setTimeout>
  stopped: boolean
}

const KEY = Symbol.for('annals.databaseWatch')
type WithWatch = typeof globalThis & { [KEY]?: Watch }
const current = () => (globalThis as WithWatch)[KEY]

const settle = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.catch(() => {}), new Promise((resolve) => setTimeout(resolve, ms))])

/** Why the database did not answer a `SELECT 1`, or undefined when it did. */
async function probe(connectionString: string): Promise<string | undefined> {
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('SELECT 1')
    return undefined
  } catch (error) {
    return databaseUnavailableReason(error) ?? 'the database did not answer'
  } finally {
    // `end()` can wait on a socket the server never answers; the probe must not.
    await settle(client.end(), PROBE_TIMEOUT_MS)
  }
}

/** Probes the database now, or joins the probe under way; true when it answered. */
function check(watch: Watch): Promise<boolean> {
  if (watch.stopped) return Promise.resolve(false)
  watch.probing ??= probe(watch.connectionString)
    .then((failure) => {
      if (failure) {
        if (markDatabaseDown(failure)) {
          watch.log.warn(`Database unreachable (${failure}): answering 503 until it is back`)
        }
        watch.retry ??= setTimeout(() => {
          watch.retry = undefined
          void check(watch)
        }, PROBE_INTERVAL_MS)
        return false
      }
      const downFor = markDatabaseUp()
      if (downFor !== undefined) watch.log.warn(`Database reachable again after ${downFor} ms`)
      openSentinel(watch)
      return true
    })
    .finally(() => {
      watch.probing = undefined
    })
  return watch.probing
}

/** Keeps one idle connection open whose loss says the database may have gone. */
function openSentinel(watch: Watch) {
  if (watch.stopped || watch.sentinel || watch.sentinelOpening || watch.sentinelTimer) return
  const wait = watch.sentinelOpenedAt + SENTINEL_MIN_INTERVAL_MS - Date.now()
  if (wait > 0) {
    watch.sentinelTimer = setTimeout(() => {
      watch.sentinelTimer = undefined
      openSentinel(watch)
    }, wait)
    return
  }
  watch.sentinelOpening = true
  watch.sentinelOpenedAt = Date.now()
  const client = new pg.Client({
    connectionString: watch.connectionString,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    // A connection dropped silently (a network fault) is noticed too, though only after the
    // system's TCP keepalive probes (minutes); a request's error raises the alarm sooner.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  })
  let lost = false
  const onLost = () => {
    if (lost) return
    lost = true
    if (watch.sentinel === client) watch.sentinel = undefined
    void settle(client.end(), PROBE_TIMEOUT_MS)
    void check(watch)
  }
  client.on('error', onLost)
  client.on('end', onLost)
  client
    .connect()
    .then(() => {
      if (!lost) watch.sentinel = client
    }, onLost)
    .finally(() => {
      watch.sentinelOpening = false
    })
}

/** Starts watching the database (once per process; later calls do nothing). */
export function startDatabaseWatch({
  connectionString = process.env.DATABASE_URL,
  log = console,
}: { connectionString?: string; log?: Pick<Console, 'warn'> } = {}) {
  if (!connectionString || current()) return
  const watch: Watch = {
    connectionString,
    log,
    sentinelOpening: false,
    sentinelOpenedAt: 0,
    stopped: false,
  }
  ;(globalThis as WithWatch)[KEY] = watch
  openSentinel(watch)
}

/** Stops watching (tests; a server never needs to): timers, probe and sentinel end. */
export async function stopDatabaseWatch() {
  const watch = current()
  if (!watch) return
  watch.stopped = true
  clearTimeout(watch.retry)
  clearTimeout(watch.sentinelTimer)
  await watch.probing
  if (watch.sentinel) await settle(watch.sentinel.end(), PROBE_TIMEOUT_MS)
  delete (globalThis as WithWatch)[KEY]
  markDatabaseUp()
}

/**
 * Hears about an error a request ran into: one that says the database could not answer
 * starts a probe (unless the database is already known to be down and being probed).
 */
export function reportDatabaseError(error: unknown) {
  const watch = current()
  if (!watch || isDatabaseDown() || !databaseUnavailableReason(error)) return
  void check(watch)
}
