import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startEmbeddedPostgres } from './embeddedPostgres'

export const DATA_DIR = path.resolve('.data')

export type Environment = {
  /** True when this process started the embedded PostgreSQL (the demo installation). */
  embedded: boolean
  stop: () => Promise<void>
}

/** A secret generated on first start and kept with the embedded data, so sessions survive. */
const embeddedSecret = (): string => {
  const file = path.join(DATA_DIR, 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

/**
 * Makes DATABASE_URL and PAYLOAD_SECRET available to this process and its children. With
 * DATABASE_URL set, that server is used as it is; without it, the embedded PostgreSQL under
 * .data/postgres is started (and created on the first run).
 */
export async function prepareEnvironment({
  log = console.log,
}: { log?: (message: string) => void } = {}): Promise<Environment> {
  if (process.env.DATABASE_URL) {
    if (!process.env.PAYLOAD_SECRET) {
      throw new Error('PAYLOAD_SECRET must be set when DATABASE_URL is set.')
    }
    return { embedded: false, stop: async () => {} }
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT || 54329)
  log(`Starting the embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres)…`)
  const database = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, 'postgres'),
    port,
    database: 'annals',
    log: (message) => {
      if (message.startsWith('Made ')) log(message)
    },
  })
  process.env.DATABASE_URL = database.connectionString
  process.env.PAYLOAD_SECRET ||= embeddedSecret()
  return { embedded: true, stop: database.stop }
}
