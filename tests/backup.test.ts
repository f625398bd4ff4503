import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { checksumTables } from './helpers/checksums'

const databaseUrl = inject('databaseUrl')
const restoreName = `annals_restore_${process.pid}`
const restoreUrl = (() => {
  const url = new URL(databaseUrl)
  url.pathname = `/${restoreName}`
  return url.toString()
})()

const npmRun = (script: string, args: string[], env: Record<string, string>) => {
  const result = spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}${result.stdout}`)
  return result.stdout
}

async function checksumsOf(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await checksumTables((sql) => client.query(sql))
  } finally {
    await client.end()
  }
}

const fileHashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(dir, name)).isFile())
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(path.join(dir, name)))
          .digest('hex'),
      ]),
  )

describe('backup and restore', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'annals-backup-'))
  const sourceMedia = path.join(work, 'media-source')
  const restoredMedia = path.join(work, 'media-restored')
  let dump: string

  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    await client.query(sql).finally(() => client.end())
  }

  beforeAll(async () => {
    mkdirSync(path.join(sourceMedia, 'flags'), { recursive: true })
    writeFileSync(path.join(sourceMedia, 'camp-ashraf.jpg'), Buffer.from([0xff, 0xd8, 1, 2, 3]))
    writeFileSync(path.join(sourceMedia, 'flags', 'iraq.png'), 'not really a png')
    mkdirSync(restoredMedia)
    writeFileSync(path.join(restoredMedia, 'stale.txt'), 'replaced by the restore')
    await admin(`create database ${restoreName}`)
    const output = npmRun('backup', [path.join(work, 'backups')], {
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: sourceMedia,
    })
    dump = /database to (\S+\.dump)/.exec(output)![1]
  }, 180_000)

  afterAll(async () => {
    await admin(`drop database if exists ${restoreName} with (force)`)
    rmSync(work, { recursive: true, force: true })
  })

  it('should restore a backup to a database with identical table checksums', async () => {
    npmRun('restore', [dump], { DATABASE_URL: restoreUrl, MEDIA_DIR: restoredMedia })
    const [original, restored] = await Promise.all([
      checksumsOf(databaseUrl),
      checksumsOf(restoreUrl),
    ])
    expect(restored.size).toBeGreaterThan(10)
    expect(restored).toEqual(original)
  }, 180_000)

  it('should restore the media directory file for file', () => {
    expect(fileHashes(restoredMedia)).toEqual(fileHashes(sourceMedia))
  })

  it('should undo changes made after the backup when restoring over them', async () => {
    const client = new pg.Client({ connectionString: restoreUrl })
    await client.connect()
    await client.query(`update articles set title = 'Changed after the backup'`)
    await client.query(`create table stray (id int)`)
    await client.end()
    npmRun('restore', [dump], { DATABASE_URL: restoreUrl, MEDIA_DIR: restoredMedia })
    const [original, restored] = await Promise.all([
      checksumsOf(databaseUrl),
      checksumsOf(restoreUrl),
    ])
    // The stray table is no part of the backup; every table of the backup is as it was.
    expect([...original].filter(([table, sum]) => restored.get(table) !== sum)).toEqual([])
  }, 180_000)
})
