import { randomBytes } from 'node:crypto'

/** How often due jobs (scheduled publishes) are run. */
const INTERVAL_MS = 5000

/**
 * Makes sure the site knows a CRON_SECRET (one is generated for this run when none is set),
 * so that `runJobsEvery` can authenticate as the queue's runner. Call before the site starts.
 */
export function ensureCronSecret() {
  process.env.CRON_SECRET ||= randomBytes(24).toString('hex')
  return process.env.CRON_SECRET
}

/**
 * Runs the jobs queue of the site on `port` every few seconds, the way an external cron
 * would: `GET /api/payload-jobs/run` with the CRON_SECRET. The jobs run inside a request of
 * the site itself, so a scheduled publish revalidates the reader pages exactly as an
 * approval made through the API does (Payload's in-process timer runs outside any request,
 * where Next.js cannot revalidate).
 */
export function runJobsEvery(port: string, secret: string) {
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    fetch(`http://127.0.0.1:${port}/api/payload-jobs/run?allQueues=true&silent=true`, {
      headers: { Authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(60_000),
    })
      .then((response) => response.body?.cancel())
      .catch(() => {
        // The site is starting or stopping; the next tick tries again.
      })
      .finally(() => {
        running = false
      })
  }, INTERVAL_MS)
  timer.unref()
  return () => clearInterval(timer)
}
