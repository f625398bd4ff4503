/**
 * Whether this server can reach its database, as one flag for the whole process. The proxy
 * and the app are bundled separately, so each has its own copy of this module: the state
 * lives on `globalThis`, which they share within one `next start` process (Next.js runs a
 * Node.js proxy in-process; e2e/faults.spec.ts fails if that ever changes). No dependencies,
 * so the proxy's bundle stays small; `lib/database/health.ts` sets and clears the flag.
 */
export type DatabaseStatus = {
  down: boolean
  /** When the database was found unreachable (ms since the epoch), while it is down. */
  downSince?: number
  /** Why, in a few words, while it is down. */
  reason?: string
  /**
   * Marks the proxy's own requests to this server (see `proxy.ts`): random per process, so no
   * one outside can send it.
   */
  passthroughToken: string
}

const KEY = Symbol.for('annals.databaseStatus')

type WithStatus = typeof globalThis & { [KEY]?: DatabaseStatus }

/** The process's one status object (created on first use). */
export function databaseStatus(): DatabaseStatus {
  const holder = globalThis as WithStatus
  holder[KEY] ??= { down: false, passthroughToken: crypto.randomUUID() }
  return holder[KEY]
}

export const isDatabaseDown = () => databaseStatus().down

/** Sets the flag; true when it was not set already. */
export function markDatabaseDown(reason: string) {
  const status = databaseStatus()
  if (status.down) return false
  Object.assign(status, { down: true, downSince: Date.now(), reason })
  return true
}

/** Clears the flag; how long it was set (ms), or undefined when it was not. */
export function markDatabaseUp() {
  const status = databaseStatus()
  if (!status.down) return undefined
  const downFor = Date.now() - (status.downSince ?? Date.now())
  Object.assign(status, { down: false, downSince: undefined, reason: undefined })
  return downFor
}
