/**
 * The edge cache hosts purged on every publish, unpublish or delete: `CDN_SERVERS`, a comma-
 * separated list of origins (`http://127.0.0.1:6081,http://10.0.0.2:6081`), like MediaWiki's
 * $wgCdnServers. Each receives an HTTP `PURGE` for every changed URL.
 */
export const cdnServers = (): string[] =>
  (process.env.CDN_SERVERS ?? '')
    .split(',')
    .map((server) => server.trim().replace(/\/+$/, ''))
    .filter(Boolean)

// A slow or absent cache host must not hold anything up: each purge gives up after this, and
// the page then expires at the edge on its own schedule.
const PURGE_TIMEOUT_MS = 2_000
const PURGES_IN_FLIGHT = 8

/** Sends `PURGE` for each path to each cache host; resolves when all answered or gave up. */
export async function purgeEdge(paths: string[]): Promise<void> {
  const servers = cdnServers()
  if (!servers.length || !paths.length) return
  const jobs = servers.flatMap((server) => [...new Set(paths)].map((path) => server + path))
  const failures: string[] = []
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const url = jobs[next++]
      try {
        const response = await fetch(url, {
          method: 'PURGE',
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        await response.arrayBuffer()
        if (!response.ok) failures.push(`${url}: ${response.status}`)
      } catch (error) {
        failures.push(`${url}: ${(error as Error).message}`)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PURGES_IN_FLIGHT, jobs.length) }, worker))
  if (failures.length) {
    console.warn(
      `Edge purge: ${failures.length} of ${jobs.length} failed (they expire on their own): ${failures.slice(0, 3).join('; ')}`,
    )
  }
}
