import { spawn, spawnSync } from 'node:child_process'
import { cpSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/lib/embeddedPostgres'

const require = createRequire(import.meta.url)

/**
 * A site of the fault spec's own: `next start` on a copy of the end-to-end build, against a
 * PostgreSQL nobody else uses, so the spec can stop it without breaking the other specs (which
 * share the e2e server and its database). The copy keeps this server's page cache, rendered
 * from its own database, out of the shared build folder.
 */
const DIST_DIR = process.env.E2E_DIST_DIR || '.next-e2e'
const PORT = Number(process.env.E2E_FAULT_PORT || Number(process.env.E2E_PORT || 3100) + 3)
const PG_PORT = Number(
  process.env.E2E_FAULT_POSTGRES_PORT || Number(process.env.E2E_POSTGRES_PORT || 54349) + 10,
)
const DATA_DIR = `.data/postgres-e2e-faults-${PG_PORT}`
const COPY_DIR = `${DIST_DIR}-faults`
const DATABASE = 'annals_e2e_faults'

export const faultSiteUrl = `http://127.0.0.1:${PORT}`

const startDatabase = (fresh: boolean) =>
  startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, database: DATABASE, fresh })

const signalGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/** Hard links in place of copies: for files no server ever writes. */
function linkTree(source: string, target: string) {
  mkdirSync(target, { recursive: true })
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name)
    const to = path.join(target, entry.name)
    if (entry.isDirectory()) linkTree(from, to)
    else linkSync(from, to)
  }
}

/**
 * The build for this server: its page cache (rewritten as pages are rendered) copied, its
 * code (over 100 MB, never written) linked, the build's own caches (webpack's) left out.
 */
function copyBuild() {
  rmSync(COPY_DIR, { recursive: true, force: true })
  const skipped = ['cache', 'server/chunks'].map((dir) => path.resolve(DIST_DIR, dir))
  cpSync(DIST_DIR, COPY_DIR, {
    recursive: true,
    filter: (source) => !skipped.some((dir) => path.resolve(source).startsWith(dir)),
  })
  linkTree(path.join(DIST_DIR, 'server/chunks'), path.join(COPY_DIR, 'server/chunks'))
}

export type FaultSite = {
  /** Stops PostgreSQL (a fast shutdown: sessions are closed). */
  stopDatabase: () => Promise<void>
  /** Starts it again on the same data. */
  startDatabase: () => Promise<void>
  /** Runs SQL on the site's database (PostgreSQL must be running). */
  query: <T>(sql: string, values?: unknown[]) => Promise<T[]>
  /** Stops the server and PostgreSQL, and removes the build copy and the data. */
  stop: () => Promise<void>
}

export async function startFaultSite(): Promise<FaultSite> {
  let database: EmbeddedDatabase | undefined = await startDatabase(true)
  const connectionString = database.connectionString
  const env = {
    ...process.env,
    DATABASE_URL: connectionString,
    NEXT_DIST_DIR: COPY_DIR,
    PORT: String(PORT),
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'annals-end-to-end-fault-tests-not-a-production-secret',
    // This server purges no edge.
    CDN_SERVERS: '',
  }
  const prepared = spawnSync('npx', ['tsx', 'scripts/prepareTestDatabase.ts'], {
    env,
    stdio: 'inherit',
  })
  if (prepared.status !== 0) throw new Error('Preparing the fault database failed')

  copyBuild()

  const server = spawn(
    process.execPath,
    [require.resolve('next/dist/bin/next'), 'start', '-p', String(PORT)],
    // Its own process group, so that next-server and its workers stop together.
    { env, stdio: 'ignore', detached: true },
  )
  const exited = new Promise((resolve) => server.once('exit', resolve))
  const started = Date.now()
  for (;;) {
    const status = await fetch(`${faultSiteUrl}/robots.txt`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) break
    if (server.exitCode !== null || Date.now() - started > 120_000) {
      throw new Error(`The fault site's next start did not answer on ${faultSiteUrl}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }

  return {
    stopDatabase: async () => {
      await database?.stop()
      database = undefined
    },
    startDatabase: async () => {
      database = await startDatabase(false)
    },
    query: async <T>(sql: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString })
      await client.connect()
      try {
        return (await client.query(sql, values)).rows as T[]
      } finally {
        await client.end()
      }
    },
    stop: async () => {
      if (server.pid && server.exitCode === null) {
        signalGroup(server.pid, 'SIGTERM')
        const timer = setTimeout(() => signalGroup(server.pid!, 'SIGKILL'), 5_000)
        await exited
        clearTimeout(timer)
        signalGroup(server.pid, 'SIGKILL')
      }
      await database?.stop()
      rmSync(COPY_DIR, { recursive: true, force: true })
      rmSync(DATA_DIR, { recursive: true, force: true })
    },
  }
}
