import { spawnSync, type ChildProcess } from 'node:child_process'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/scripts/lib/embeddedPostgres'
import { DEMO_USERS } from '@/scripts/seed'

import { startFaultServer, stopFaultServer } from './helpers/faultServerProcess'

/**
 * Faults (issue 9, item 5), on a PostgreSQL and an API server of this file's own: the
 * database stopped under load, then started again; the server killed with SIGKILL in the
 * middle of saves.
 */
const PG_PORT = Number(process.env.FAULT_POSTGRES_PORT || 56740)
const API_PORT = Number(process.env.FAULT_API_PORT || 56741)
const DATA_DIR = `.data/postgres-faults-${PG_PORT}`
const api = `http://127.0.0.1:${API_PORT}/api`

let database: EmbeddedDatabase
let server: ChildProcess | undefined

const startDatabase = (fresh: boolean) =>
  startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, database: 'annals_faults', fresh })

const env = () => ({
  ...process.env,
  DATABASE_URL: database.connectionString,
  PAYLOAD_SECRET: 'annals-fault-tests-secret-0123456789abcdef',
  FAULT_PORT: String(API_PORT),
  // Fail fast when the database is gone, rather than hold the request for 10 s.
  DATABASE_CONNECT_TIMEOUT_MS: '1500',
})

async function startServer() {
  server = await startFaultServer(env())
}

async function stopServer(signal: NodeJS.Signals = 'SIGTERM') {
  await stopFaultServer(server, signal)
  server = undefined
}

type Result = { status: number; ms: number; body: Record<string, unknown> }

async function call(path: string, init: RequestInit = {}): Promise<Result> {
  const started = performance.now()
  try {
    const response = await fetch(`${api}${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...init.headers },
      signal: AbortSignal.timeout(20_000),
    })
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
    return { status: response.status, ms: performance.now() - started, body }
  } catch {
    return { status: 0, ms: performance.now() - started, body: {} }
  }
}

async function token(email: string, password: string) {
  const { body } = await call('/users/login', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  })
  return { Authorization: `JWT ${body.token as string}` }
}

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.connectionString })
  await client.connect()
  try {
    return (await client.query(sql, values)).rows as T[]
  } finally {
    await client.end()
  }
}

const admin = DEMO_USERS.find((user) => user.email.startsWith('admin@'))!

describe('faults', () => {
  beforeAll(async () => {
    database = await startDatabase(true)
    const prepared = spawnSync('npx', ['tsx', 'scripts/prepareTestDatabase.ts'], {
      env: env(),
      stdio: 'inherit',
    })
    if (prepared.status !== 0) throw new Error('Preparing the fault database failed')
    await startServer()
  }, 300_000)

  afterAll(async () => {
    await stopServer()
    await database?.stop()
  }, 60_000)

  it('should answer 503 fast while PostgreSQL is down and recover by itself, losing no acknowledged write', async () => {
    const auth = await token(admin.email, admin.password)
    const acknowledged: string[] = []
    const save = async (n: number) => {
      const title = `Fault write ${Date.now()}-${n}`
      const result = await call('/references?draft=true', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ title, changeSummary: 'Fault test' }),
      })
      if (result.status === 201) acknowledged.push(title)
      return result
    }
    const load = async (n: number) => [await call('/articles?limit=3&depth=0'), await save(n)]

    const before = (await Promise.all([1, 2, 3, 4].map(load))).flat()
    await database.stop()
    const during = (await Promise.all([5, 6, 7, 8].map(load))).flat()
    database = await startDatabase(false)
    const restarted = Date.now()
    let recovered: Result = { status: 0, ms: 0, body: {} }
    while (Date.now() - restarted < 30_000) {
      recovered = await call('/articles?limit=3&depth=0')
      if (recovered.status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const recoveryMs = Date.now() - restarted
    const after = (await Promise.all([9, 10, 11, 12].map(load))).flat()
    const stored = await query<{ title: string }>(
      'select title from "references" where title = any($1)',
      [acknowledged],
    )
    console.log(
      `Database down: ${during.map((r) => `${r.status} in ${r.ms.toFixed(0)} ms`).join(', ')}; ` +
        `recovered ${recoveryMs} ms after restart; ${acknowledged.length} writes acknowledged, ${stored.length} stored`,
    )
    expect(before.map((r) => r.status)).toEqual(
      Array(8)
        .fill(0)
        .map((_, i) => (i % 2 ? 201 : 200)),
    )
    expect(during.map((r) => r.status)).toEqual(Array(8).fill(503))
    expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(5_000)
    expect([recovered.status, after.map((r) => r.status)]).toEqual([
      200,
      Array(8)
        .fill(0)
        .map((_, i) => (i % 2 ? 201 : 200)),
    ])
    expect(stored.map((row) => row.title).sort()).toEqual([...acknowledged].sort())
  }, 180_000)

  it('should leave a document as the old or the new revision, never a mix, when killed mid-save', async () => {
    const auth = await token(admin.email, admin.password)
    const { body } = await call('/articles', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'Kill test 0',
        summary: 'Kill test 0',
        changeSummary: 'Kill 0',
        _status: 'published',
      }),
    })
    const id = (body.doc as { id: number }).id
    // Saves that each set title and summary to the same token; the server dies among them.
    const saves = Array.from({ length: 12 }, (_, i) =>
      call(`/articles/${id}?draft=true`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({
          title: `Kill test ${i + 1}`,
          summary: `Kill test ${i + 1}`,
          changeSummary: `Kill ${i + 1}`,
        }),
      }),
    )
    // Killed as soon as the first save is answered, with the others in flight.
    await Promise.race(saves)
    await stopServer('SIGKILL')
    const results = await Promise.all(saves)
    await startServer()
    const [row] = await query<{ title: string; summary: string }>(
      'select title, summary from articles where id = $1',
      [id],
    )
    const versions = await query<{ title: string; summary: string }>(
      'select version_title as title, version_summary as summary from _articles_v where parent_id = $1 order by id',
      [id],
    )
    const mixed = [row, ...versions].filter((revision) => revision.title !== revision.summary)
    const acknowledged = results
      .filter((r) => r.status === 200)
      .map((r) => (r.body.doc as { title: string }).title)
    console.log(
      `Killed mid-save: ${acknowledged.length} of 12 saves acknowledged; document now "${row.title}", ${versions.length} revisions`,
    )
    expect(mixed).toEqual([])
    // Every acknowledged save is among the stored revisions.
    expect(versions.map((v) => v.title)).toEqual(expect.arrayContaining(acknowledged))
    const reread = await call(`/articles/${id}?draft=true`, { headers: auth })
    expect([reread.status, reread.body.title === reread.body.summary]).toEqual([200, true])
  }, 300_000)
})
