/**
 * Checking one URL, politely: HEAD first (no body to download), GET when a server refuses or
 * mishandles HEAD, a hard timeout, and a User-Agent that says who is asking and why.
 */

export type LinkOutcome = 'ok' | 'client-error' | 'server-error' | 'timeout' | 'network-error'

export type LinkResult = { statusCode: null | number; outcome: LinkOutcome }

export type LinkCheckOptions = {
  /** Per request; a server that has not answered by then counts as down this time. */
  timeoutMs: number
  userAgent: string
}

const siteUrl = () => process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`

export const linkCheckUserAgent = () =>
  `AnnalsLinkChecker/1.0 (+${siteUrl()}; checks the sources Annals cites)`

const outcomeOf = (status: number): LinkOutcome =>
  status < 400 ? 'ok' : status < 500 ? 'client-error' : 'server-error'

const request = async (
  url: string,
  method: 'HEAD' | 'GET',
  { timeoutMs, userAgent }: LinkCheckOptions,
): Promise<LinkResult> => {
  try {
    const response = await fetch(url, {
      method,
      redirect: 'follow',
      headers: { 'User-Agent': userAgent, Accept: 'text/html,application/pdf,*/*;q=0.8' },
      signal: AbortSignal.timeout(timeoutMs),
    })
    // The status is all we need: do not download the page.
    await response.body?.cancel().catch(() => undefined)
    return { statusCode: response.status, outcome: outcomeOf(response.status) }
  } catch (error) {
    const name = (error as { name?: string }).name
    return {
      statusCode: null,
      outcome: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network-error',
    }
  }
}

/** HEAD, then GET when HEAD did not show the page reachable (many servers mishandle HEAD). */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkResult> {
  const head = await request(url, 'HEAD', options)
  // A server too slow for HEAD is too slow for GET: one timeout per check is polite enough.
  if (head.outcome === 'ok' || head.outcome === 'timeout') return head
  return request(url, 'GET', options)
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return url
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `visit` over the items with at most one request in flight per host and a pause
 * between two requests to the same host; different hosts proceed side by side, a few at a
 * time.
 */
export async function forEachPolitely<T>({
  items,
  urlOf,
  delayMs,
  hostsAtOnce,
  visit,
}: {
  items: T[]
  urlOf: (item: T) => string
  delayMs: number
  hostsAtOnce: number
  visit: (item: T) => Promise<void>
}) {
  const byHost = new Map<string, T[]>()
  for (const item of items) {
    const host = hostOf(urlOf(item))
    byHost.set(host, [...(byHost.get(host) ?? []), item])
  }
  const queues = [...byHost.values()]
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const [index, item] of queue.entries()) {
        if (index > 0) await pause(delayMs)
        await visit(item)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, hostsAtOnce) }, worker))
}
