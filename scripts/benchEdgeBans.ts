/**
 * `npx tsx scripts/benchEdgeBans.ts`: what purging the edge by cache tag costs Varnish, with
 * the shipped VCL in front of a stand-in origin that answers like `next start` (pages with
 * their tags in `x-annals-tags`). Prints one table: the time of a BAN, the pages it drops,
 * and hit latency as bans pile up, for a cache of EDGE_BENCH_PAGES article pages (20,000), their
 * event pages and the site-wide lists, with a reference cited by every tenth article. Ports EDGE_BENCH_PORT (3522) and the next one.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, createServer, request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { exitWithError } from './lib/exitWithError'
import { findVarnishd, startVarnish, VARNISH_MISSING } from './lib/varnish'

const PAGES = Number(process.env.EDGE_BENCH_PAGES || 20_000)
const EDGE_PORT = Number(process.env.EDGE_BENCH_PORT || 3522)
const ORIGIN_PORT = EDGE_PORT + 1
const PUBLISHES = 200
const CONCURRENCY = 8
const BODY = 'x'.repeat(2_000)

const EVENTS = Math.ceil(PAGES / 50)
const LISTS = ['/', '/articles', '/feed.xml', '/sitemap.xml', '/sitemap/articles-0.xml']

// The tags the real pages carry: an article page its own, its event's and its references'
// (every tenth article cites reference:1, the widely cited one); an event page its own and its
// articles' list; the site-wide lists `articles`.
const tagsOf = (url: string): string => {
  const article = /^\/articles\/a-(\d+)$/.exec(url)
  const event = /^\/events\/e-(\d+)$/.exec(url)
  if (event) return `site event:${event[1]} event-articles:${event[1]} event-reactions:${event[1]}`
  if (!article) return 'site articles'
  const id = Number(article[1])
  const references = [`reference:${1000 + id}`, `reference:${2000 + (id % 97)}`]
  if (id % 10 === 0) references.push('reference:1')
  const eventId = Math.floor(id / 50)
  return [
    'site',
    `article:${id}`,
    `article-slug:a-${id}`,
    `event:${eventId}`,
    `event-reactions:${eventId}`,
    ...references,
  ].join(' ')
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
const send = (urlPath: string, method = 'GET', headers: Record<string, string> = {}) =>
  new Promise<{ status: number; hit: boolean; ms: number }>((resolve, reject) => {
    const started = performance.now()
    const sent = request(
      { host: '127.0.0.1', port: EDGE_PORT, path: urlPath, method, headers, agent },
      (response) => {
        response.resume()
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            hit: response.headers['x-edge-cache'] === 'HIT',
            ms: performance.now() - started,
          }),
        )
      },
    )
    sent.on('error', reject)
    sent.end()
  })

/** Requests every path, CONCURRENCY at a time; returns the answers in order. */
async function sweep(paths: string[]) {
  const answers: Awaited<ReturnType<typeof send>>[] = new Array(paths.length)
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < paths.length) {
        const index = next++
        answers[index] = await send(paths[index])
      }
    }),
  )
  return answers
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]

const varnishd = findVarnishd()
if (!varnishd) exitWithError(new Error(VARNISH_MISSING))
const origin = createServer((req, res) => {
  res.setHeader('Cache-Control', 'public, max-age=0, s-maxage=60, stale-while-revalidate=300')
  res.setHeader('x-annals-tags', tagsOf(req.url ?? '/'))
  res.end(BODY)
})
await new Promise<void>((resolve) => origin.listen(ORIGIN_PORT, '127.0.0.1', resolve))
const workDir = mkdtempSync(path.join(tmpdir(), 'annals-edge-bench-'))
const edge = startVarnish({
  varnishd: varnishd!,
  listen: `127.0.0.1:${EDGE_PORT}`,
  backends: [`127.0.0.1:${ORIGIN_PORT}`],
  workDir,
  memory: '256m',
})
const rows: [string, string][] = []
try {
  for (let waited = 0; (await send('/robots.txt').catch(() => null))?.status !== 200; waited++) {
    if (waited > 80) throw new Error('Varnish did not admit the stand-in origin')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const pages = [
    ...Array.from({ length: PAGES }, (_, index) => `/articles/a-${index + 1}`),
    ...Array.from({ length: EVENTS }, (_, index) => `/events/e-${index}`),
    ...LISTS,
  ]
  await sweep(pages)
  const warm = await sweep(pages)
  rows.push(['pages cached', `${warm.filter((answer) => answer.hit).length} of ${pages.length}`])
  rows.push([
    'hit latency before bans, p50 / p99 (ms)',
    `${percentile(
      warm.map((a) => a.ms),
      0.5,
    ).toFixed(2)} / ${percentile(
      warm.map((a) => a.ms),
      0.99,
    ).toFixed(2)}`,
  ])

  // A publish of one article: the tags its hook touches.
  const publish = (id: number) =>
    send('/', 'BAN', {
      'X-Ban-Tags': `articles article:${id} article-slug:a-${id} event-articles:${Math.floor(id / 50)}`,
    })
  const one = await publish(7)
  const afterOne = await sweep(pages)
  rows.push(['one publish: BAN requests per cache host', '1 (plus the rebound, 0.5 s later)'])
  rows.push(['one publish: BAN answered in (ms)', one.ms.toFixed(2)])
  rows.push([
    'one publish: pages dropped (its page, its event, the lists)',
    String(afterOne.filter((a) => !a.hit).length),
  ])

  const cited = await send('/', 'BAN', { 'X-Ban-Tags': 'reference:1' })
  const afterCited = await sweep(pages)
  rows.push(['reference cited by every tenth article: BAN answered in (ms)', cited.ms.toFixed(2)])
  rows.push([
    'reference cited by every tenth article: pages dropped',
    String(afterCited.filter((a) => !a.hit).length),
  ])

  const banTimes: number[] = []
  for (let index = 0; index < PUBLISHES; index++) {
    banTimes.push((await publish(PAGES - index)).ms)
  }
  const piled = spawnSync('varnishadm', ['-n', path.join(workDir, 'state'), 'ban.list'], {
    encoding: 'utf8',
  })
  const lookups = await sweep(pages)
  rows.push([
    `${PUBLISHES} publishes in a row: BAN p50 / max (ms)`,
    `${percentile(banTimes, 0.5).toFixed(2)} / ${Math.max(...banTimes).toFixed(2)}`,
  ])
  rows.push([
    'bans pending afterwards',
    String(Math.max(0, (piled.stdout ?? '').trim().split('\n').length - 1)),
  ])
  rows.push([
    `first sweep after ${PUBLISHES} bans, p50 / p99 (ms)`,
    `${percentile(
      lookups.map((a) => a.ms),
      0.5,
    ).toFixed(2)} / ${percentile(
      lookups.map((a) => a.ms),
      0.99,
    ).toFixed(2)}`,
  ])
  const settled = await sweep(pages)
  rows.push([
    'the sweep after it, p50 / p99 (ms)',
    `${percentile(
      settled.map((a) => a.ms),
      0.5,
    ).toFixed(2)} / ${percentile(
      settled.map((a) => a.ms),
      0.99,
    ).toFixed(2)}`,
  ])
  rows.push([
    `pages dropped by the ${PUBLISHES} publishes`,
    String(lookups.filter((a) => !a.hit).length),
  ])
} finally {
  agent.destroy()
  await edge.stop()
  await new Promise((resolve) => origin.close(resolve))
  rmSync(workDir, { recursive: true, force: true })
}
const width = Math.max(...rows.map(([label]) => label.length))
console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'))
