import type { Payload } from 'payload'

/**
 * Releases a Payload instance made for a script. The Postgres adapter keeps one client
 * checked out for the life of the pool, so `pool.end()` would wait forever; idle connections
 * the embedded server closes later are only logged (see `onInit` in payload.config.ts).
 * Scripts exit explicitly once done.
 */
export async function closePayload(payload: Payload) {
  await payload.destroy()
}
