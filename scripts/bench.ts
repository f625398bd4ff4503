/**
 * `npm run bench [-- --sizes 1000,100000] [--seconds 10] [--edge [http://127.0.0.1:6081]]`
 *
 * For each size: a database of that many benchmark articles (`annals_bench_<size>` on the
 * server `npm start` uses, filled by `npm run bench:data`), a production build of the site
 * against it (`.next-bench-<size>`, skipped when current), `next start` on PORT, then the
 * measurements of issue 7 — cached pages against a bare node:http server serving the same
 * bytes (and the edge tier with --edge), uncached article renders and their SQL statements,
 * search, /events filters, /events/map views and place pages (render time and size), REST and admin lists with drafts, saves and approvals, RSS and
 * database size. Prints one table and writes it with the machine's details to
 * bench-results/<time>.json. Every load is bounded in requests and seconds, on 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { buildIfNeeded } from './lib/build'
import { exitWithError } from './lib/exitWithError'
import { prepareEnvironment } from './lib/environment'
import {
  bareServer,
  groupRssMb,
  load,
  sleep,
  timeSequential,
  type Latency,
  type Throughput,
} from './lib/bench/measure'
import { slugify } from '../lib/slugify'

import { placeName, SEARCH_WORD_SETS, SEARCH_WORDS, typoOf, wordsFromRank } from './lib/bench/words'
import { findVarnishd, startVarnish, VARNISH_MISSING } from './lib/varnish'

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}
const sizes = (argument('sizes') ?? '1000,100000').split(',').map(Number)
const seconds = Math.min(60, Number(argument('seconds') ?? 10))
// --edge URL measures an edge tier already running in front of PORT; --edge alone starts the
// shipped one (Varnish, deploy/varnish) on EDGE_PORT in front of the benchmark's instance.
const edgeUrl = argument('edge')?.startsWith('http')
  ? argument('edge')!.replace(/\/+$/, '')
  : undefined
const startEdge = process.argv.includes('--edge') && !edgeUrl
const edgePort = process.env.EDGE_PORT || '6081'
const edge = edgeUrl ?? (startEdge ? `http://127.0.0.1:${edgePort}` : undefined)
// --dist DIR serves every size from one existing build (no rebuild per size): pages the build
// prerendered then show that build's content, the rest render from the size's database.
const sharedDist = argument('dist')
// How many first visits of articles are timed (--renders), and counted for SQL statements.
const renders = Math.max(1, Math.min(30, Number(argument('renders') ?? 30)))
const port = process.env.PORT || '3000'
const site = `http://127.0.0.1:${port}`
const ARTICLE = '/articles/2013-camp-ashraf-massacre'

if (sizes.some((size) => !Number.isInteger(size) || size < 0 || size > 1_000_000)) {
  exitWithError(new Error('--sizes takes whole numbers up to 1,000,000, e.g. 1000,100000'))
}

process.env.NEXT_TELEMETRY_DISABLED = '1'
const environment = await prepareEnvironment().catch(exitWithError)
const baseUrl = process.env.DATABASE_URL!
const databaseUrl = (size: number) => {
  const url = new URL(baseUrl)
  url.pathname = `/annals_bench_${size}`
  return url.toString()
}

const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

async function query<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

async function prepareDatabase(size: number) {
  const url = databaseUrl(size)
  const name = `annals_bench_${size}`
  const exists = await query(baseUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [name])
  if (!exists.length) await query(baseUrl, `CREATE DATABASE "${name}"`)
  log(`${name}: migrations, demo content and ${size.toLocaleString('en')} benchmark articles…`)
  const started = performance.now()
  const { status } = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/benchData.ts', '--articles', String(size), '--seed'],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DATABASE_URL: url } },
  )
  if (status !== 0) throw new Error(`bench:data failed for ${size} articles`)
  return { url, loadSeconds: (performance.now() - started) / 1000 }
}

function startSite(url: string, distDir: string, logFile: string) {
  const child = spawn(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', port, '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXT_DIST_DIR: distDir,
        PORT: port,
        ...(startEdge ? { CDN_SERVERS: `http://127.0.0.1:${edgePort}` } : {}),
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const out = createWriteStream(logFile)
  child.stdout!.pipe(out)
  child.stderr!.pipe(out)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    pid: child.pid!,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
      await Promise.race([exited, sleep(10_000)])
    },
  }
}

async function waitForSite() {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${site}/robots.txt`)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  throw new Error(`next start did not answer on ${site} within 3 minutes`)
}

async function signIn(email: string, password: string) {
  const response = await fetch(`${site}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`Could not sign in as ${email} (${response.status})`)
  return { Authorization: `JWT ${token}` }
}

/** Transactions the database committed: with autocommit reads, one per SQL statement. */
const committed = async (url: string) =>
  Number(
    (
      await query<{ count: string }>(
        url,
        'SELECT xact_commit + xact_rollback AS count FROM pg_stat_database WHERE datname = current_database()',
      )
    )[0].count,
  )

type SizeResult = Record<string, unknown> & {
  articles: number
  loadSeconds: number
  cached: Record<string, Throughput>
  bare: Throughput
  edge?: Record<string, Throughput>
  homeBytes: number
  uncachedRender: Latency
  sqlPerRender: number[]
  search: Record<string, Latency & { total?: string }>
  searchThroughput: Record<string, Throughput>
  eventsFiltered: Latency
  eventsUnfiltered: Throughput
  map: Latency & { bytes: number[] }
  places: Latency & { bytes: number[] }
  restList: Latency
  adminList: Latency
  save: Latency
  approve: Latency
  rssMb: { start: number; end: number }
  databaseMb: number
}

async function measure(
  size: number,
  url: string,
  pid: number,
): Promise<Omit<SizeResult, 'loadSeconds'>> {
  const rssStart = groupRssMb(pid)
  // Pages the build prerendered are cache hits; these were not, so each first visit renders.
  const samples = await query<{ id: number; slug: string }>(
    url,
    `SELECT id, slug FROM articles WHERE _status = 'published'
     ORDER BY md5(id::text || $1) LIMIT 60`,
    // A new sample each run: an earlier run's first visits are cache hits now.
    [String(Date.now())],
  )
  const fresh = samples.slice(0, renders)
  const counted = samples.slice(30, 30 + Math.min(6, renders))
  const edited = samples.slice(40, 60)

  log('cached pages…')
  for (const pathname of [ARTICLE, '/', '/events'])
    await fetch(site + pathname).then((r) => r.arrayBuffer())
  const cached: Record<string, Throughput> = {}
  for (const pathname of [ARTICLE, '/', '/events'])
    cached[pathname] = await load(site + pathname, { connections: 10, seconds })
  const articleResponse = await fetch(site + ARTICLE)
  const articleBytes = Buffer.from(await articleResponse.arrayBuffer())
  const bare = await bareServer(
    articleBytes,
    articleResponse.headers.get('content-type') ?? 'text/html',
  )
  const bareResult = await load(bare.url, { connections: 10, seconds })
  await bare.close()
  let edgeResults: Record<string, Throughput> | undefined
  if (edge) {
    edgeResults = {}
    for (const pathname of [ARTICLE, '/']) {
      await fetch(edge + pathname).then((r) => r.arrayBuffer())
      edgeResults[pathname] = await load(edge + pathname, { connections: 10, seconds })
    }
  }
  const homeBytes = (await (await fetch(`${site}/`)).arrayBuffer()).byteLength

  log('uncached article renders…')
  const uncachedRender = await timeSequential(fresh.map((row) => `${site}/articles/${row.slug}`))
  const sqlPerRender: number[] = []
  for (const row of counted) {
    await sleep(2000)
    const before = await committed(url)
    await fetch(`${site}/articles/${row.slug}`).then((r) => r.arrayBuffer())
    await sleep(2000)
    const after = await committed(url)
    // The two reads of the counter are transactions of their own.
    sqlPerRender.push(after - before - 1)
  }

  log('search…')
  // Forty different words of each kind, each searched once: the query's own cost, not the
  // search cache's (a repeated query is measured below, as throughput).
  const places = Array.from({ length: 40 }, (_, i) => placeName(7 + i))
  const wordSets: Record<string, string[]> = {
    ...SEARCH_WORD_SETS,
    title: places,
    typo: places.map(typoOf),
  }
  const searchUrl = (word: string) => `${site}/search?q=${encodeURIComponent(word)}`
  const search: SizeResult['search'] = {}
  await fetch(searchUrl('warm up')).then((r) => r.arrayBuffer())
  for (const [kind, words] of Object.entries(wordSets)) {
    const html = await (await fetch(searchUrl(words[0]))).text()
    const total = /(More than \d+ results|\d+ results?)/.exec(html)?.[1] ?? 'No results'
    search[kind] = {
      ...(await timeSequential(words.slice(1).map(searchUrl))),
      total,
      word: words[0],
    } as SizeResult['search'][string]
  }
  const searchThroughput: Record<string, Throughput> = {}
  for (const connections of [4, 32])
    searchThroughput[`common×${connections}`] = await load(searchUrl(SEARCH_WORDS.common), {
      connections,
      seconds,
      maxRequests: 20_000,
    })
  // Every request a different word (ranks 200 on, found in a few to tens of per cent of the
  // articles): none is answered from the cache.
  searchThroughput['distinct×4'] = await load(site, {
    connections: 4,
    seconds,
    maxRequests: 2_000,
    paths: wordsFromRank(200, 2_000).map((word) => `/search?q=${encodeURIComponent(word)}`),
  })

  log('/events…')
  const filters = [
    '?type=massacre',
    '?year=2001',
    '?place=Iraq',
    '?type=raid&place=Syria',
    `?place=${placeName(11).slice(0, 5)}`,
    '?type=bombing&page=3',
  ]
  const eventsFiltered = await timeSequential(
    Array.from({ length: 36 }, (_, i) => `${site}/events${filters[i % filters.length]}`),
  )
  const eventsUnfiltered = await load(`${site}/events`, {
    connections: 10,
    seconds: Math.min(5, seconds),
  })

  log('/events/map and place pages…')
  // Each view is rendered per request (its query string), as a filtered /events is.
  const views = [
    '',
    '?type=massacre',
    '?year=2001',
    '?z=2&lat=33&lng=44',
    '?place=Iraq&z=4&lat=33&lng=44',
    '?type=raid&z=3&lat=10&lng=20',
  ]
  const map = await timeSequential(
    Array.from({ length: 36 }, (_, i) => {
      const view = views[i % views.length] || `?z=0&lat=20&lng=${10 + i}`
      return `${site}/events/map${view}`
    }),
  )
  // Region pages not visited before: each first visit renders the page (map, chart, lists).
  const placeSamples = await query<{ country: string; region: string }>(
    url,
    `SELECT location_country AS country, location_region AS region FROM events
     WHERE _status = 'published' AND location_region IS NOT NULL
     GROUP BY 1, 2 ORDER BY md5(location_country || location_region || $1) LIMIT 20`,
    [String(Date.now())],
  )
  const placePages = await timeSequential(
    placeSamples.map(
      ({ country, region }) => `${site}/places/${slugify(country)}/${slugify(region)}`,
    ),
  )

  log('REST and admin lists, saves and approvals…')
  const admin = await signIn('admin@annals.test', 'annals-admin')
  const restList = await timeSequential(
    Array.from(
      { length: 20 },
      (_, i) => `${site}/api/articles?draft=true&depth=0&limit=10&page=${1 + i * 50}`,
    ),
    { headers: admin },
  )
  const adminList = await timeSequential(
    Array.from({ length: 10 }, (_, i) => `${site}/admin/collections/articles?page=${1 + i * 5}`),
    { headers: admin },
  )
  const editor = await signIn('editor@annals.test', 'annals-editor')
  const reviewer = await signIn('reviewer@annals.test', 'annals-reviewer')
  const saves: number[] = []
  const approvals: number[] = []
  let saveErrors = 0
  let approveErrors = 0
  const runStamp = new Date().toISOString()
  for (const [i, row] of edited.entries()) {
    let started = performance.now()
    const saved = await fetch(`${site}/api/articles/${row.id}?draft=true&depth=0`, {
      method: 'PATCH',
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        summary: `Benchmark edit ${i} of this summary (${runStamp}).`,
        // Each revision says what it changed: a summary repeated from the last is refused.
        changeSummary: `Benchmark edit ${i} (${runStamp})`,
        workflowState: 'in_review',
      }),
    })
    const savedText = await saved.text()
    saves.push(performance.now() - started)
    if (!saved.ok) {
      if (!saveErrors) log(`save refused (${saved.status}): ${savedText.slice(0, 200)}`)
      saveErrors++
    }
    // A reviewer approves the revision they read: its updatedAt names it.
    const { doc } = (saved.ok ? JSON.parse(savedText) : {}) as { doc?: { updatedAt?: string } }
    started = performance.now()
    const approved = await fetch(`${site}/api/articles/${row.id}?depth=0`, {
      method: 'PATCH',
      headers: { ...reviewer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ _status: 'published', updatedAt: doc?.updatedAt }),
    })
    const text = await approved.text()
    approvals.push(performance.now() - started)
    if (!approved.ok) {
      if (!approveErrors) log(`approval refused (${approved.status}): ${text.slice(0, 200)}`)
      approveErrors++
    }
  }
  const latency = (values: number[], errors: number) => ({
    ...timeSummary(values),
    errors,
  })

  const databaseMb =
    Number(
      (await query<{ size: string }>(url, 'SELECT pg_database_size(current_database()) AS size'))[0]
        .size,
    ) / 1048576
  return {
    articles: size,
    cached,
    bare: bareResult,
    edge: edgeResults,
    homeBytes,
    uncachedRender,
    sqlPerRender,
    search,
    searchThroughput,
    eventsFiltered,
    eventsUnfiltered,
    map,
    places: placePages,
    restList,
    adminList,
    save: latency(saves, saveErrors),
    approve: latency(approvals, approveErrors),
    rssMb: { start: rssStart, end: groupRssMb(pid) },
    databaseMb,
  }
}

function timeSummary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  return { count: values.length, p50: at(50), p95: at(95), p99: at(99) }
}

const results: SizeResult[] = []
try {
  for (const size of sizes) {
    const { url, loadSeconds } = await prepareDatabase(size)
    const distDir = sharedDist ?? `.next-bench-${size}`
    if (!sharedDist) {
      log(`build for ${size.toLocaleString('en')} articles (${distDir}, skipped when current)…`)
      process.env.DATABASE_URL = url
      buildIfNeeded({ distDir })
      process.env.DATABASE_URL = baseUrl
    }
    mkdirSync('bench-results', { recursive: true })
    const server = startSite(url, distDir, `bench-results/next-${size}.log`)
    let varnish: undefined | { stop: () => Promise<void> }
    try {
      await waitForSite()
      if (startEdge) {
        const varnishd = findVarnishd()
        if (!varnishd) throw new Error(VARNISH_MISSING)
        varnish = startVarnish({
          varnishd,
          listen: `127.0.0.1:${edgePort}`,
          backends: [`127.0.0.1:${port}`],
          workDir: path.resolve(`.data/varnish-bench-${edgePort}`),
        })
        await sleep(3000)
      }
      results.push({ ...(await measure(size, url, server.pid)), loadSeconds } as SizeResult)
      mkdirSync('bench-results', { recursive: true })
      writeFileSync('bench-results/partial.json', JSON.stringify(results, null, 2))
    } finally {
      await varnish?.stop()
      await server.stop()
    }
  }
} finally {
  await environment.stop()
}

// One table: a row per figure, a column per size.
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '—')
const rps = (value: number) => `${value.toFixed(0)}/s`
const rows: [string, (r: SizeResult) => string, string][] = [
  ['cached article, next start (10 conn.)', (r) => rps(r.cached[ARTICLE].rps), '≥ 800/s'],
  ['bare node:http, same bytes', (r) => rps(r.bare.rps), ''],
  ['ratio next / bare', (r) => (r.cached[ARTICLE].rps / r.bare.rps).toFixed(2), ''],
  ...(edge
    ? ([
        ['cached article through the edge', (r) => rps(r.edge![ARTICLE].rps), '≥ 0.5× bare'],
        ['ratio edge / bare', (r) => (r.edge![ARTICLE].rps / r.bare.rps).toFixed(2), '≥ 0.5'],
      ] as [string, (r: SizeResult) => string, string][])
    : []),
  ['cached home page', (r) => rps(r.cached['/'].rps), ''],
  ['cached /events (unfiltered)', (r) => rps(r.cached['/events'].rps), ''],
  ['home page size', (r) => `${(r.homeBytes / 1024).toFixed(1)} KB`, '≤ 300 KB'],
  ['uncached article render p50', (r) => ms(r.uncachedRender.p50), '≤ 50 ms'],
  ['uncached article render p95', (r) => ms(r.uncachedRender.p95), '≤ 150 ms'],
  ['SQL statements per render (median)', (r) => String(timeSummary(r.sqlPerRender).p50), '≤ 10'],
  ...(['common', 'mid', 'rare', 'title', 'typo'].map((kind) => [
    `search ${kind} p50 / p95 / p99`,
    (r: SizeResult) =>
      `${ms(r.search[kind].p50)} / ${ms(r.search[kind].p95)} / ${ms(r.search[kind].p99)}`,
    kind === 'common' ? 'p95 ≤ 100 ms' : '',
  ]) as [string, (r: SizeResult) => string, string][]),
  ['search common, 4 clients', (r) => rps(r.searchThroughput['common×4'].rps), '≥ 150/s'],
  [
    'search, 4 clients, every query different',
    (r) => rps(r.searchThroughput['distinct×4'].rps),
    '',
  ],
  ['search common, 32 clients', (r) => rps(r.searchThroughput['common×32'].rps), ''],
  [
    '/events filtered p50 / p95',
    (r) => `${ms(r.eventsFiltered.p50)} / ${ms(r.eventsFiltered.p95)}`,
    'p95 ≤ 150 ms',
  ],
  [
    '/events/map uncached render p50 / p95',
    (r) => `${ms(r.map.p50)} / ${ms(r.map.p95)}${r.map.errors ? ` (${r.map.errors} failed)` : ''}`,
    'p95 ≤ 150 ms',
  ],
  [
    '/events/map size (largest)',
    (r) => `${(Math.max(...r.map.bytes) / 1024).toFixed(1)} KB`,
    '≤ 300 KB',
  ],
  [
    'place page uncached render p50 / p95',
    (r) =>
      `${ms(r.places.p50)} / ${ms(r.places.p95)}${r.places.errors ? ` (${r.places.errors} failed)` : ''}`,
    '',
  ],
  ['place page size (largest)', (r) => `${(Math.max(...r.places.bytes) / 1024).toFixed(1)} KB`, ''],
  ['REST list with drafts p95', (r) => ms(r.restList.p95), '≤ 500 ms'],
  ['admin list view p95', (r) => ms(r.adminList.p95), '≤ 500 ms'],
  [
    'save (draft + submit) p95',
    (r) => `${ms(r.save.p95)}${r.save.errors ? ` (${r.save.errors} failed)` : ''}`,
    '',
  ],
  [
    'approval p95',
    (r) => `${ms(r.approve.p95)}${r.approve.errors ? ` (${r.approve.errors} failed)` : ''}`,
    '',
  ],
  [
    'next-server RSS start → end',
    (r) => `${r.rssMb.start.toFixed(0)} → ${r.rssMb.end.toFixed(0)} MB`,
    '',
  ],
  ['database size', (r) => `${r.databaseMb.toFixed(0)} MB`, ''],
  ['bench:data (load) time', (r) => `${r.loadSeconds.toFixed(0)} s`, ''],
]
const header = [
  'figure',
  ...results.map((r) => `${r.articles.toLocaleString('en')} articles`),
  'target',
]
const table = [
  header,
  ...rows.map(([name, value, target]) => [name, ...results.map(value), target]),
]
const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)))
const line = (row: string[]) =>
  `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
const markdown = [
  line(header),
  `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
  ...table.slice(1).map(line),
].join('\n')
console.log(`\n${markdown}\n`)

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  loadAverageAtEnd: loadavg(),
  node: process.version,
  date: new Date().toISOString(),
}
mkdirSync('bench-results', { recursive: true })
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
writeFileSync(file, JSON.stringify({ machine, seconds, edge, table: markdown, results }, null, 2))
console.log(
  `Written to ${file}. Load average at the end: ${loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
)
process.exit(0)
