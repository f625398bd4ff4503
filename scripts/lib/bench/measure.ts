import autocannon from 'autocannon'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Measuring helpers of `npm run bench`: every load is bounded in requests and in time. */

export const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export type Latency = { count: number; p50: number; p95: number; p99: number; errors: number }

/** Sequential requests (one client): each URL once, in order; latencies in ms. */
export async function timeSequential(
  urls: string[],
  init: RequestInit = {},
  { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
): Promise<Latency & { bytes: number[] }> {
  const times: number[] = []
  const bytes: number[] = []
  let errors = 0
  for (const url of urls) {
    const started = performance.now()
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
      const body = await response.arrayBuffer()
      if (!response.ok) errors++
      bytes.push(body.byteLength)
    } catch {
      errors++
    }
    times.push(performance.now() - started)
  }
  return {
    count: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors,
    bytes,
  }
}

export type Throughput = {
  connections: number
  seconds: number
  requests: number
  rps: number
  p50: number
  p97_5: number
  p99: number
  non2xx: number
  errors: number
}

/** autocannon against one URL for `seconds` (and at most `maxRequests`). */
export async function load(
  url: string,
  {
    connections,
    seconds,
    maxRequests = 200_000,
    headers,
    paths,
  }: {
    connections: number
    seconds: number
    maxRequests?: number
    headers?: Record<string, string>
    /** Paths on `url` requested in turn, instead of `url` alone. */
    paths?: string[]
  },
): Promise<Throughput> {
  let turn = 0
  const next = () => paths![turn++ % paths!.length]
  const result = await autocannon({
    url,
    // One shared turn for all connections: no two requests ask for the same path at once.
    ...(paths ? { requests: [{ setupRequest: (request) => ({ ...request, path: next() }) }] } : {}),
    connections,
    duration: seconds,
    // Stops early at this many (autocannon's `amount` would replace the duration instead).
    maxOverallRequests: maxRequests,
    headers,
    timeout: 30,
  })
  return {
    connections,
    seconds,
    requests: result.requests.total,
    rps: result.requests.total / Math.max(1e-3, result.duration),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

/**
 * A bare `node:http` server answering every request with the same bytes and content type:
 * the ceiling a Node.js process on this machine reaches, the denominator of the ratios.
 */
export async function bareServer(body: Buffer, contentType: string) {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length })
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Resident memory (MB) of the largest process in a process group: next-server. */
export const groupRssMb = (pgid: number): number => {
  let largest = 0
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      // Fields after the command name (which may hold spaces): state, ppid, pgrp, …
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (group !== pgid) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (rss) largest = Math.max(largest, Number(rss[1]) / 1024)
    } catch {
      // The process ended meanwhile.
    }
  }
  return largest
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
