/**
 * `npm run bench`: response times of the reader pages of a running site (`npm start` first).
 * Prints, per page, the median, 95th percentile and throughput of sequential and concurrent
 * requests. BENCH_URL (default http://localhost:3000) and BENCH_REQUESTS (default 200) tune it.
 */
import { performance } from 'node:perf_hooks'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/+$/, '')
const requests = Number(process.env.BENCH_REQUESTS || 200)
const CONCURRENCY = 8

const PAGES = [
  '/',
  '/articles/2013-camp-ashraf-massacre',
  '/articles/2013-camp-ashraf-massacre/history',
  '/events',
  '/events?year=2013&type=massacre',
  '/events/2013-camp-ashraf-massacre',
  '/search?q=camp+ashraf',
  '/sitemap.xml',
  '/feed.xml',
]

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function timeOne(url: string): Promise<number> {
  const started = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return performance.now() - started
}

async function run(path: string, concurrency: number) {
  const url = base + path
  await timeOne(url) // warm the cache
  const times: number[] = []
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++
        times.push(await timeOne(url))
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), rps: times.length / seconds }
}

console.log(`${requests} requests per page against ${base}\n`)
console.log(
  'page'.padEnd(48),
  'p50 ms'.padStart(8),
  'p95 ms'.padStart(8),
  'req/s'.padStart(8),
  `  ×${CONCURRENCY}: p50 ms  req/s`,
)
for (const path of PAGES) {
  const single = await run(path, 1)
  const parallel = await run(path, CONCURRENCY)
  console.log(
    path.padEnd(48),
    single.p50.toFixed(1).padStart(8),
    single.p95.toFixed(1).padStart(8),
    single.rps.toFixed(0).padStart(8),
    parallel.p50.toFixed(1).padStart(14),
    parallel.rps.toFixed(0).padStart(7),
  )
}
