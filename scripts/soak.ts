/**
 * `npm run soak -- [--url http://127.0.0.1:3000] [--minutes 10] [--concurrency 4]
 * [--report-seconds 30] [--pid <server pid>]`
 *
 * Mixed traffic against a running site for a while: 95% reads (home, timeline, articles,
 * events, search, API lists) and 5% writes (an editor's draft saves, submissions, and a
 * reviewer's approvals of them, on a document of the soak's own). Prints, every interval
 * and at the end: requests, errors (5xx and network failures; a workflow refusal is a 4xx
 * and counted apart), p50/p95/p99 latency and the server's resident memory. Traffic goes to
 * the given URL only; the demo logins must exist (embedded database / e2e server).
 */
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > -1 ? process.argv[index + 1] : fallback
}

const base = option('url', `http://127.0.0.1:${process.env.PORT || 3000}`).replace(/\/$/, '')
const minutes = Number(option('minutes', '10'))
const concurrency = Number(option('concurrency', '4'))
const reportSeconds = Number(option('report-seconds', '30'))

/** The pid listening on the site's port (the Next.js server), for its memory. */
const serverPid = (): number | undefined => {
  const given = option('pid', '')
  if (given) return Number(given)
  try {
    const port = new URL(base).port || '80'
    const out = execSync(`ss -ltnpH 'sport = :${port}'`, { encoding: 'utf8' })
    return Number(/pid=(\d+)/.exec(out)?.[1]) || undefined
  } catch {
    return undefined
  }
}

const rssMb = (pid: number | undefined) => {
  if (!pid) return NaN
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024
  } catch {
    return NaN
  }
}

type Sample = {
  ms: number
  kind: 'read' | 'write'
  /** What was asked: the path's first segment, or the write's step. */
  door: string
  outcome: 'ok' | 'refused' | 'error'
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(30_000) })
}

async function login(email: string, password: string) {
  const response = await call('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`Login as ${email} failed: ${response.status}`)
  return { Authorization: `JWT ${((await response.json()) as { token: string }).token}` }
}

const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function main() {
  const editor = await login('editor@annals.test', 'annals-editor')
  const reviewer = await login('reviewer@annals.test', 'annals-reviewer')
  const json = { 'Content-Type': 'application/json' }

  const articles = (await (await call('/api/articles?limit=50&depth=0')).json()) as {
    docs: { slug: string }[]
  }
  const events = (await (await call('/api/events?limit=50&depth=0')).json()) as {
    docs: { slug: string }[]
  }
  const slugs = articles.docs.map((doc) => doc.slug)
  const eventSlugs = events.docs.map((doc) => doc.slug)
  const words = ['ashraf', 'massacre', 'iraq', 'raid', 'camp ashrf', 'airstrike', 'united nations']

  // The soak's own document, published once by the admin so approvals have something to do.
  const admin = await login('admin@annals.test', 'annals-admin')
  const created = await call('/api/articles', {
    method: 'POST',
    headers: { ...admin, ...json },
    body: JSON.stringify({
      title: `Soak test article ${Date.now()}`,
      summary: 'Soak',
      changeSummary: 'Soak test',
      _status: 'published',
    }),
  })
  if (!created.ok) throw new Error(`Creating the soak article failed: ${created.status}`)
  const soakId = ((await created.json()) as { doc: { id: number } }).doc.id

  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]
  const reads = [
    () => '/',
    () => '/events',
    () => `/events?year=${2005 + Math.floor(Math.random() * 10)}`,
    () => `/articles/${pick(slugs)}`,
    () => `/events/${pick(eventSlugs)}`,
    () => `/search?q=${encodeURIComponent(pick(words))}`,
    () => '/api/articles?limit=5&depth=0',
  ]

  let writes = 0
  let submittedAt: string | undefined
  const write = async (): Promise<Response> => {
    writes++
    const step = writes % 3
    if (step === 1) {
      return call(`/api/articles/${soakId}?draft=true`, {
        method: 'PATCH',
        headers: { ...editor, ...json },
        body: JSON.stringify({
          summary: `Soak revision ${writes}`,
          changeSummary: `Soak ${writes}`,
        }),
      })
    }
    if (step === 2) {
      const submitted = await call(`/api/articles/${soakId}?draft=true`, {
        method: 'PATCH',
        headers: { ...editor, ...json },
        body: JSON.stringify({ workflowState: 'in_review', changeSummary: `Submit ${writes}` }),
      })
      if (submitted.ok) {
        const { doc } = (await submitted.clone().json()) as { doc: { updatedAt: string } }
        submittedAt = doc.updatedAt
      }
      return submitted
    }
    // The reviewer approves the revision submitted last (a save since then makes it a 409).
    return call(`/api/articles/${soakId}`, {
      method: 'PATCH',
      headers: { ...reviewer, ...json },
      body: JSON.stringify({
        _status: 'published',
        updatedAt: submittedAt,
        changeSummary: `Approve ${writes}`,
      }),
    })
  }

  const pid = serverPid()
  const samples: Sample[] = []
  let window: Sample[] = []
  const started = Date.now()
  const end = started + minutes * 60_000
  const rss: number[] = []
  console.log(
    `Soak: ${minutes} min against ${base}, ${concurrency} clients, server pid ${pid ?? 'unknown'}`,
  )
  console.log('time      requests  errors  refused  p50 ms  p95 ms  p99 ms  RSS MB')

  const report = (label: string, list: Sample[]) => {
    const ms = list.map((sample) => sample.ms)
    const memory = rssMb(pid)
    rss.push(memory)
    console.log(
      [
        label.padEnd(8),
        String(list.length).padStart(9),
        String(list.filter((s) => s.outcome === 'error').length).padStart(7),
        String(list.filter((s) => s.outcome === 'refused').length).padStart(8),
        percentile(ms, 50).toFixed(0).padStart(7),
        percentile(ms, 95).toFixed(0).padStart(7),
        percentile(ms, 99).toFixed(0).padStart(7),
        memory.toFixed(0).padStart(7),
      ].join(' '),
    )
  }

  const client = async () => {
    while (Date.now() < end) {
      const isWrite = Math.random() < 0.05
      const path = isWrite ? '' : pick(reads)()
      const door = isWrite
        ? ['write: approve', 'write: save', 'write: submit'][(writes + 1) % 3]
        : `/${path.split(/[/?]/)[1] ?? ''}`
      const t0 = performance.now()
      let outcome: Sample['outcome'] = 'ok'
      try {
        const response = isWrite ? await write() : await call(path)
        await response.arrayBuffer()
        if (response.status >= 500) outcome = 'error'
        else if (response.status >= 400) outcome = 'refused'
      } catch {
        outcome = 'error'
      }
      const sample: Sample = {
        ms: performance.now() - t0,
        kind: isWrite ? 'write' : 'read',
        door,
        outcome,
      }
      samples.push(sample)
      window.push(sample)
    }
  }

  report('start', [])
  const timer = setInterval(() => {
    const elapsed = Math.round((Date.now() - started) / 1000)
    report(`${elapsed}s`, window)
    window = []
  }, reportSeconds * 1000)
  await Promise.all(Array.from({ length: concurrency }, client))
  clearInterval(timer)

  const errors = samples.filter((sample) => sample.outcome === 'error').length
  const memory = rss.filter((value) => Number.isFinite(value))
  const settled = memory.slice(Math.floor(memory.length / 3))
  const growth = settled.length ? (Math.max(...settled) / Math.min(...settled) - 1) * 100 : NaN
  // Garbage collection makes RSS a sawtooth; growth shows as a later third above an earlier.
  const third = Math.max(1, Math.floor(memory.length / 3))
  const median = (values: number[]) => percentile(values, 50)
  const trend = (median(memory.slice(-third)) / median(memory.slice(third, 2 * third)) - 1) * 100
  console.log('\nBy door         requests  p50 ms  p95 ms  p99 ms')
  for (const door of [...new Set(samples.map((sample) => sample.door))].sort()) {
    const ms = samples.filter((sample) => sample.door === door).map((sample) => sample.ms)
    console.log(
      [
        door.padEnd(14),
        String(ms.length).padStart(9),
        ...[50, 95, 99].map((p) => percentile(ms, p).toFixed(0).padStart(7)),
      ].join(' '),
    )
  }
  console.log('\nTotal')
  report('all', samples)
  console.log(
    `Reads ${samples.filter((s) => s.kind === 'read').length}, writes ${samples.filter((s) => s.kind === 'write').length}; ` +
      `error rate ${((errors / Math.max(1, samples.length)) * 100).toFixed(3)}%; ` +
      `RSS ${memory.length ? `${Math.min(...memory).toFixed(0)}–${Math.max(...memory).toFixed(0)} MB` : 'unknown'}, ` +
      `spread after warm-up ${growth.toFixed(1)}%, ` +
      `median of the last third against the middle third ${trend >= 0 ? '+' : ''}${trend.toFixed(1)}%`,
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
