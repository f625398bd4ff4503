import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TAGS } from '@/lib/cacheTags'
import { pathsForTag } from '@/lib/revalidate'
import { splitMessage } from '@/lib/revalidationBus'
import { findVarnishd, renderVcl, VARNISH_MISSING } from '@/scripts/lib/varnish'

import { getTestPayload } from './helpers/payload'

describe('revalidation messages', () => {
  it('should split a large change into NOTIFY payloads PostgreSQL accepts, losing nothing', () => {
    const tags = Array.from({ length: 300 }, (_, index) => `reference:${index}`)
    const paths = Array.from({ length: 500 }, (_, index) => `/articles/article-number-${index}`)

    const messages = splitMessage({ tags, paths })

    expect(
      Math.max(...messages.map((message) => Buffer.byteLength(JSON.stringify(message)))),
    ).toBeLessThan(8_000)
    expect(messages.flatMap((message) => message.tags)).toEqual(tags)
    expect(messages.flatMap((message) => message.paths)).toEqual(paths)
  })
})

describe('the shipped VCL', () => {
  it('should compile with Varnish for two instances', () => {
    const varnishd = findVarnishd()
    expect(varnishd, VARNISH_MISSING).not.toBeNull()
    const dir = mkdtempSync(path.join(tmpdir(), 'annals-vcl-'))
    writeFileSync(
      path.join(dir, 'annals.vcl'),
      renderVcl({ backends: ['127.0.0.1:3000', '127.0.0.1:3001'], purgeFrom: ['127.0.0.1'] }),
    )

    const compiled = spawnSync(
      varnishd!,
      ['-C', '-j', 'none', '-n', dir, '-f', path.join(dir, 'annals.vcl')],
      {
        encoding: 'utf8',
      },
    )
    rmSync(dir, { recursive: true, force: true })

    expect(compiled.stderr).not.toContain('VCL compilation failed')
    expect(compiled.status).toBe(0)
  })
})

describe('purge URLs from cache tags', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(async () => {
    await payload.destroy()
  })

  const articleBySlug = async (slug: string) =>
    (
      await payload.find({
        collection: 'articles',
        where: { slug: { equals: slug } },
        depth: 0,
        limit: 1,
      })
    ).docs[0]

  it("should purge an article's page, history and its event's page for the article's tag", async () => {
    const article = await articleBySlug('2013-camp-ashraf-massacre')
    const req = await createLocalReq({}, payload)

    const paths = await pathsForTag(req, TAGS.article(article.id))

    expect(paths).toEqual(
      expect.arrayContaining([
        '/articles/2013-camp-ashraf-massacre',
        '/articles/2013-camp-ashraf-massacre/history',
      ]),
    )
  })

  it('should purge the event page and its articles for an event tag', async () => {
    const article = await articleBySlug('2013-camp-ashraf-massacre')
    const req = await createLocalReq({}, payload)

    const paths = await pathsForTag(req, TAGS.event(article.event as number))

    expect(paths).toEqual(
      expect.arrayContaining([
        '/events/2013-camp-ashraf-massacre',
        '/articles/2013-camp-ashraf-massacre',
      ]),
    )
  })

  it('should purge the pages citing a reference for its tag', async () => {
    const { docs } = await payload.find({
      collection: 'references',
      where: { title: { equals: 'Situation at Camp Ashraf in Iraq' } },
      depth: 0,
      limit: 1,
    })
    const req = await createLocalReq({}, payload)

    const paths = await pathsForTag(req, TAGS.reference(docs[0].id))

    expect(paths).toEqual(
      expect.arrayContaining([
        `/references/${docs[0].id}`,
        '/articles/2013-camp-ashraf-massacre',
        '/events/2013-camp-ashraf-massacre',
      ]),
    )
  })
})
