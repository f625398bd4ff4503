import type { Instrumentation } from 'next'

/**
 * Runs once when a Next.js server starts: each instance listens for the changes published
 * through any instance, so its page cache never outlives a publish (`lib/freshness/`),
 * and watches its database, so the proxy answers 503 at once while it is unreachable
 * (`lib/database/health.ts`; not while `next build` prerenders).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startDatabaseWatch } = await import('./lib/database')
    startDatabaseWatch()
  }
  if (process.env.ANNALS_REVALIDATION_LISTENER === '0') return
  const { startRevalidationListener } = await import('./lib/freshness')
  startRevalidationListener()
}

/** A page or route that failed because the database could not answer raises the alarm. */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { reportDatabaseError } = await import('./lib/database')
  reportDatabaseError(error)
}
