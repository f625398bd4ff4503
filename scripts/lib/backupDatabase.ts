import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { prepareEnvironment } from './environment'

/** Runs a PostgreSQL client tool, failing with its own message. */
export function run(command: string, args: string[]) {
  const { status, stderr } = spawnSync(command, args, { encoding: 'utf8' })
  if (status !== 0) throw new Error(`${command} failed (exit code ${status}): ${stderr.trim()}`)
}

/** The database to back up or restore into, and how to let go of it afterwards. */
export async function databaseFor(log: (message: string) => void) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  // `npm start` may be running the embedded server already: use it if it answers.
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT || 54329)
  const running = `postgres://postgres:annals@127.0.0.1:${port}/annals`
  const client = new pg.Client({ connectionString: running, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return { url: running, stop: async () => {} }
  } catch {
    const environment = await prepareEnvironment({ log })
    return { url: process.env.DATABASE_URL!, stop: environment.stop }
  }
}

export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || '.data/media')

/** Dump (custom format) and media archive of one backup, named by its stem. */
export const backupFiles = (stem: string) => ({ dump: `${stem}.dump`, media: `${stem}.media.tar` })

export function dumpDatabase(url: string, file: string) {
  mkdirSync(path.dirname(file), { recursive: true })
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, url])
}

export function restoreDatabase(url: string, file: string) {
  run('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    `--dbname=${url}`,
    file,
  ])
}

export function archiveMedia(dir: string, file: string) {
  mkdirSync(dir, { recursive: true })
  run('tar', ['--create', `--file=${file}`, `--directory=${dir}`, '.'])
}

/** Replaces the media directory's content by the archive's. */
export function extractMedia(file: string, dir: string) {
  if (existsSync(dir))
    for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true })
  mkdirSync(dir, { recursive: true })
  run('tar', ['--extract', `--file=${file}`, `--directory=${dir}`])
}
