import type { Payload } from 'payload'

type Pool = { on: (event: 'error', listener: (error: Error) => void) => void }

/**
 * Releases a Payload instance made for a script. The Postgres adapter keeps one client
 * checked out for the life of the pool (so `pool.end()` would wait forever); its idle
 * clients would then fail loudly when the embedded server stops, so those errors are
 * expected here and ignored. Scripts exit explicitly once done.
 */
export async function closePayload(payload: Payload) {
  await payload.destroy()
  const { pool } = payload.db as unknown as { pool?: Pool }
  pool?.on('error', () => {})
}
