/**
 * `npm run burst`: fires concurrent draft saves at a running site, as a newsroom's worst minute
 * would, and prints what came back — successes, conflicts (409), errors, latency — and the
 * database connections left open afterwards. Not a test: it prints figures.
 *
 * Every save is `PATCH /api/articles/<id>?draft=true` with the `updatedAt` its sender loaded,
 * from the demo editor and reviewers, on never-published articles made for the run (and
 * deleted after). Of the saves sent from one loaded revision of a document, exactly one can
 * win; the rest must be refused with 409.
 *
 *   BURST_URL       the site (default http://localhost:$PORT, PORT defaulting to 3000)
 *   BURST_SAVES     how many saves (default 200)
 *   BURST_DOCS      across how many documents (default 20)
 *   BURST_TIMEOUT   seconds before a save counts as hung (default 60)
 *   DATABASE_URL    when given, pg_stat_activity is read after the burst
 */
import pg from 'pg'

import { localOrigin } from '../lib/siteUrl'
import { DEMO_USERS } from './seed'

const base = process.env.BURST_URL || localOrigin()
const saves = Number(process.env.BURST_SAVES || 200)
const documents = Number(process.env.BURST_DOCS || 20)
const timeoutMs = Number(process.env.BURST_TIMEOUT || 60) * 1000

type Json = Record<string, unknown>

async function call(method: string, path: string, token?: string, body?: unknown) {
  const started = performance.now()
  try {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const json = (await response.json().catch(() => ({}))) as Json
    return { status: response.status, json, ms: performance.now() - started }
  } catch (error) {
    return { status: 0, json: { error: String(error) } as Json, ms: performance.now() - started }
  }
}

const login = async (email: string, password: string) => {
  const { status, json } = await call('POST', '/users/login', undefined, { email, password })
  if (status !== 200) throw new Error(`Login as ${email} failed (${status}): is the site running?`)
  return json.token as string
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

async function connections() {
  if (!process.env.DATABASE_URL) return undefined
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ state: string | null; count: string }>(
      `SELECT state, count(*) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY state`,
    )
    return Object.fromEntries(rows.map((row) => [row.state ?? 'unknown', Number(row.count)]))
  } finally {
    await client.end()
  }
}

async function main() {
  const team = DEMO_USERS.filter((user) => !user.email.startsWith('admin@'))
  const tokens = await Promise.all(team.map((user) => login(user.email, user.password)))
  const editorToken = tokens[team.findIndex((user) => user.email.startsWith('editor@'))]

  console.log(`Burst: ${saves} concurrent draft saves across ${documents} documents at ${base}`)
  const ids: number[] = []
  const loaded: string[] = []
  for (let n = 0; n < documents; n += 1) {
    const stamp = `${Date.now()}-${n}`
    const created = await call('POST', '/articles?draft=true&depth=0', editorToken, {
      title: `Burst article ${stamp}`,
      slug: `burst-${stamp}`,
      summary: 'Before the burst.',
      changeSummary: 'Create for the burst',
    })
    const doc = created.json.doc as { id: number } | undefined
    if (!doc) throw new Error(`Could not create a test article (${created.status})`)
    ids.push(doc.id)
    const read = await call('GET', `/articles/${doc.id}?draft=true&depth=0`, editorToken)
    loaded.push(read.json.updatedAt as string)
  }

  const started = performance.now()
  const results = await Promise.all(
    Array.from({ length: saves }, (_, i) =>
      call(
        'PATCH',
        `/articles/${ids[i % documents]}?draft=true&depth=0`,
        tokens[i % tokens.length],
        {
          summary: `Burst save ${i}`,
          changeSummary: `Burst save ${i}`,
          updatedAt: loaded[i % documents],
        },
      ),
    ),
  )
  const elapsed = performance.now() - started

  const statuses = new Map<number, number>()
  for (const { status } of results) statuses.set(status, (statuses.get(status) ?? 0) + 1)
  const latencies = results.map((result) => result.ms)
  const conflictMessage = results.find((result) => result.status === 409)?.json
  const firstError = results.find((result) => result.status !== 200 && result.status !== 409)

  await new Promise((resolve) => setTimeout(resolve, 1000))
  const probe = await call('GET', '/articles?limit=1&depth=0', editorToken)
  const after = await connections()

  console.log(`successes:   ${statuses.get(200) ?? 0}  (at most ${documents}: one per document)`)
  console.log(`conflicts:   ${statuses.get(409) ?? 0}  (409)`)
  console.log(
    `errors:      ${results.length - (statuses.get(200) ?? 0) - (statuses.get(409) ?? 0)}` +
      `  ${JSON.stringify(Object.fromEntries([...statuses].filter(([s]) => s !== 200 && s !== 409)))}`,
  )
  console.log(
    `latency ms:  p50 ${percentile(latencies, 50).toFixed(0)}  p95 ${percentile(latencies, 95).toFixed(0)}  max ${Math.max(...latencies).toFixed(0)}  (all ${saves} in ${elapsed.toFixed(0)} ms)`,
  )
  if (conflictMessage) console.log(`409 says:    ${JSON.stringify(conflictMessage).slice(0, 220)}`)
  if (firstError) console.log(`an error:    ${JSON.stringify(firstError.json).slice(0, 220)}`)
  console.log(`API after:   ${probe.status} in ${probe.ms.toFixed(0)} ms`)
  console.log(
    after
      ? `connections: ${JSON.stringify(after)}  (idle in transaction: ${after['idle in transaction'] ?? 0})`
      : 'connections: (set DATABASE_URL to read pg_stat_activity)',
  )

  for (const id of ids) await call('DELETE', `/articles/${id}`, editorToken)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
