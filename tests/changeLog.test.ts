import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  adoptRevalidationState,
  boundRememberedTags,
  broadcastChange,
  CHANGE_LOG,
  changesSince,
  MAX_REPLAYED_TAGS,
  readRevalidationState,
  TAGS,
  writeRevalidationState,
} from '@/lib/freshness'

import { getTestPayload } from './helpers/payload'

type Pool = { query: (text: string, values?: unknown[]) => Promise<{ rows: { seq: string }[] }> }

describe('the change log', () => {
  let payload: Payload
  let pool: Pool

  beforeAll(async () => {
    payload = await getTestPayload()
    pool = (payload.db as unknown as { pool: Pool }).pool
  })
  afterEach(async () => {
    await pool.query(`DELETE FROM ${CHANGE_LOG}`)
  })
  afterAll(async () => {
    await payload.destroy()
  })

  const lastSeq = async () =>
    Number((await pool.query(`SELECT coalesce(max(seq), 0) AS seq FROM ${CHANGE_LOG}`)).rows[0].seq)

  it('should replay only the tags of the changes after the cursor, in one batch', async () => {
    await broadcastChange(payload, { tags: ['article:1', 'articles'] })
    const cursor = await lastSeq()
    await broadcastChange(payload, { tags: ['article:2', 'articles'] })
    await broadcastChange(payload, { tags: ['event:3'] })

    const change = await changesSince(pool, cursor)

    expect(change).toEqual({
      seq: cursor + 2,
      tags: ['article:2', 'articles', 'event:3'],
      siteWide: false,
    })
  })

  it('should replay nothing for an instance that missed nothing', async () => {
    await broadcastChange(payload, { tags: ['article:1'] })

    expect(await changesSince(pool, await lastSeq())).toBeNull()
  })

  it('should revalidate the whole site when the instance has no cursor', async () => {
    await broadcastChange(payload, { tags: ['article:1'] })

    const change = await changesSince(pool, undefined)

    expect(change).toEqual({ seq: await lastSeq(), tags: [TAGS.site], siteWide: true })
  })

  it('should revalidate the whole site when the log was pruned past the cursor', async () => {
    await broadcastChange(payload, { tags: ['article:1'] })
    const cursor = await lastSeq()
    await broadcastChange(payload, { tags: ['article:2'] })
    await broadcastChange(payload, { tags: ['article:3'] })
    await pool.query(`DELETE FROM ${CHANGE_LOG} WHERE seq <= $1`, [cursor + 1])

    const change = await changesSince(pool, cursor)

    expect(change?.siteWide).toBe(true)
  })

  it('should revalidate the whole site rather than replay more tags than that costs', async () => {
    const cursor = await lastSeq()
    const tags = Array.from({ length: MAX_REPLAYED_TAGS + 1 }, (_, index) => `reference:${index}`)
    await broadcastChange(payload, { tags })

    const change = await changesSince(pool, cursor)

    expect(change?.siteWide).toBe(true)
  })

  it('should let a reader following the log miss no change broadcast concurrently', async () => {
    await broadcastChange(payload, { tags: ['article:0'] })
    let cursor = await lastSeq()
    const seen: string[] = []
    let broadcasting = true
    const follow = async () => {
      while (broadcasting) {
        const change = await changesSince(pool, cursor)
        if (change) {
          seen.push(...change.tags)
          cursor = change.seq
        }
      }
    }

    const following = follow()
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        broadcastChange(payload, { tags: [`article:${index + 1}`] }),
      ),
    )
    broadcasting = false
    await following
    seen.push(...((await changesSince(pool, cursor))?.tags ?? []))

    expect(seen.sort()).toEqual(
      Array.from({ length: 12 }, (_, index) => `article:${index + 1}`).sort(),
    )
  })
})

/** A build folder of its own: a BUILD_ID and nothing cached yet. */
const newDistDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'annals-dist-'))
  writeFileSync(path.join(dir, 'BUILD_ID'), 'build-one')
  return dir
}

describe('the revalidation state an instance keeps', () => {
  let distDir: string

  beforeAll(() => {
    distDir = mkdtempSync(path.join(tmpdir(), 'annals-dist-'))
    mkdirSync(path.join(distDir, 'cache'))
    writeFileSync(path.join(distDir, 'BUILD_ID'), 'build-one')
  })
  afterAll(() => {
    rmSync(distDir, { recursive: true, force: true })
  })

  it('should read back what the instance saved for this build', () => {
    writeRevalidationState(distDir, '3000', { seq: 41, tags: { 'article:1': 1_700_000_000_000 } })

    expect(readRevalidationState(distDir, '3000')).toEqual({
      seq: 41,
      tags: { 'article:1': 1_700_000_000_000 },
    })
  })

  it("should not trust another build's state", () => {
    writeRevalidationState(distDir, '3001', { seq: 41, tags: {} })
    writeFileSync(path.join(distDir, 'BUILD_ID'), 'build-two')

    expect(readRevalidationState(distDir, '3001')).toBeUndefined()
    writeFileSync(path.join(distDir, 'BUILD_ID'), 'build-one')
  })

  it('should start a new instance from the furthest state another instance of the build left', () => {
    const sharedDist = newDistDir()
    writeRevalidationState(sharedDist, '4001', { seq: 7, tags: { 'article:1': 100 } })
    writeRevalidationState(sharedDist, '4002', { seq: 9, tags: { 'article:2': 200 } })

    const adopted = adoptRevalidationState(sharedDist, '4003')
    const saved = readRevalidationState(sharedDist, '4003')
    rmSync(sharedDist, { recursive: true, force: true })

    expect(adopted).toEqual({ seq: 9, tags: { 'article:2': 200 } })
    expect(saved).toEqual(adopted)
  })

  it('should keep an instance that started knowing nothing from adopting a state later', () => {
    const sharedDist = newDistDir()
    const first = adoptRevalidationState(sharedDist, '4001')
    writeRevalidationState(sharedDist, '4002', { seq: 9, tags: {} })

    const second = adoptRevalidationState(sharedDist, '4001')
    rmSync(sharedDist, { recursive: true, force: true })

    expect([first, second]).toEqual([undefined, undefined])
  })

  it('should fold the oldest remembered tags into the site tag at their newest time', () => {
    const tags = new Map([
      ['article:1', 100],
      ['article:2', 200],
      ['article:3', 300],
      ['article:4', 400],
    ])

    expect(boundRememberedTags(tags, 3)).toEqual(
      new Map([
        ['article:4', 400],
        ['article:3', 300],
        [TAGS.site, 200],
      ]),
    )
  })
})
