/**
 * Runs once when a Next.js server starts: each instance listens for the changes published
 * through any instance, so its page cache never outlives a publish (`lib/revalidationBus.ts`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.ANNALS_REVALIDATION_LISTENER === '0')
    return
  const { startRevalidationListener } = await import('./lib/revalidationBus')
  startRevalidationListener()
}
