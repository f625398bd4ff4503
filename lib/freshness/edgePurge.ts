import { BAN_TAGS_HEADER, banHeaders } from './edgeTags.mjs'

/**
 * The edge cache hosts told of every publish, unpublish or delete: `CDN_SERVERS`, a comma-
 * separated list of origins (`http://127.0.0.1:6081,http://10.0.0.2:6081`), like MediaWiki's
 * $wgCdnServers. Each receives one HTTP `BAN` naming the cache tags a change touched (it drops
 * every page carrying one of them).
 */
export const cdnServers = (): string[] =>
  (process.env.CDN_SERVERS ?? '')
    .split(',')
    .map((server) => server.trim().replace(/\/+$/, ''))
    .filter(Boolean)

// A slow or absent cache host must not hold anything up: each request gives up after this,
// and the page then expires at the edge on its own schedule.
const PURGE_TIMEOUT_MS = 2_000
const PURGES_IN_FLIGHT = 8

type EdgeRequest = { url: string; method: 'BAN'; headers: Record<string, string> }

/** Sends each request; resolves when all answered or gave up, warning of the failures. */
async function send(jobs: EdgeRequest[]): Promise<void> {
  const failures: string[] = []
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const { url, method, headers } = jobs[next++]
      try {
        const response = await fetch(url, {
          method,
          headers,
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        await response.arrayBuffer()
        if (!response.ok) failures.push(`${method} ${url}: ${response.status}`)
      } catch (error) {
        failures.push(`${method} ${url}: ${(error as Error).message}`)
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

/**
 * Drops from every cache host the pages carrying any of `tags`: one `BAN` per host (more only
 * for a change touching thousands of tags), whatever the number of pages.
 */
export async function banEdge(tags: Iterable<string>): Promise<void> {
  const headers = banHeaders(tags)
  await send(
    cdnServers().flatMap((server) =>
      headers.map((value) => ({
        url: `${server}/`,
        method: 'BAN' as const,
        headers: { [BAN_TAGS_HEADER]: value },
      })),
    ),
  )
}
