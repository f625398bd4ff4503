import { spawnSync } from 'node:child_process'
import { createServer, request, type Server } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { banHeaders, edgeTagsHeader, MAX_EDGE_TAGS_BYTES } from '@/lib/freshness'
import { findVarnishd, renderVcl, startVarnish, VARNISH_MISSING } from '@/scripts/lib/varnish'

/**
 * The shipped VCL in a real varnishd, in front of a stand-in origin that answers like `next
 * start` does (pages with their cache tags in `x-annals-tags`), on ports of 3520–3529
 * (EDGE_TEST_PORT). Requests from 127.0.0.2 play a host outside the purge ACL.
 */
const EDGE_PORT = Number(process.env.EDGE_TEST_PORT || 3520)
const ORIGIN_PORT = EDGE_PORT + 1
const OUTSIDER = '127.0.0.2'

describe('cache tags on the wire', () => {
  it("should send a page's own tags and leave out Next's path tags", () => {
    const header = edgeTagsHeader(
      '_N_T_/layout,_N_T_/articles/[slug]/page,site,article:12,article-slug:camp-ashraf',
    )

    expect(header).toBe('site article:12 article-slug:camp-ashraf')
  })

  it('should send no tags for a page with more than the edge takes in one header', () => {
    const tags = Array.from({ length: 800 }, (_, index) => `reference:${index + 100000}`)

    expect(tags.join(' ').length).toBeGreaterThan(MAX_EDGE_TAGS_BYTES)
    expect(edgeTagsHeader(tags.join(','))).toBeUndefined()
  })

  it('should split a large change into BAN headers of bounded size, losing no tag', () => {
    const tags = Array.from({ length: 3000 }, (_, index) => `reference:${index}`)

    const headers = banHeaders(tags)

    expect(Math.max(...headers.map((header) => header.length))).toBeLessThanOrEqual(4_000)
    expect(headers.flatMap((header) => header.split(' '))).toEqual(tags)
  })

  it('should never put a tag holding regular-expression characters into a BAN', () => {
    expect(banHeaders(['article:1', '.*', 'a|b', 'event:2'])).toEqual(['article:1 event:2'])
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
      { encoding: 'utf8' },
    )
    rmSync(dir, { recursive: true, force: true })

    expect(compiled.stderr).not.toContain('VCL compilation failed')
    expect(compiled.status).toBe(0)
  })
})

/** The stand-in origin's pages: their tags, as the cache handler sends them. */
const ORIGIN_TAGS: Record<string, string | undefined> = {
  '/articles/camp-ashraf': 'site article:12 article-slug:camp-ashraf',
  '/articles/camp-liberty': 'site article:120 article-slug:camp-liberty',
  '/events/camp-ashraf': 'site event:3 event-articles:3 article:12',
  '/sitemap/articles-0.xml': 'site articles',
  '/': 'site articles events',
  // Said to be fresh for 1 s: one page sent with its tags, one without (too many to send).
  '/short/tagged': 'site article:7',
  '/short/untagged': undefined,
}

type EdgeAnswer = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** One request to the edge, from `from` (a loopback address of this host). */
const edgeRequest = ({
  path: urlPath,
  method = 'GET',
  headers = {},
  from = '127.0.0.1',
}: {
  path: string
  method?: string
  headers?: Record<string, string>
  from?: string
}) =>
  new Promise<EdgeAnswer>((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port: EDGE_PORT, path: urlPath, method, headers, localAddress: from },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        )
      },
    )
    sent.on('error', reject)
    sent.end()
  })

const edgeCache = async (urlPath: string) =>
  (await edgeRequest({ path: urlPath })).headers['x-edge-cache']

const ban = (tags: string, from?: string) =>
  edgeRequest({ path: '/', method: 'BAN', headers: { 'X-Ban-Tags': tags }, from })

describe('the edge tier', () => {
  let origin: Server
  let edge: ReturnType<typeof startVarnish>
  let workDir: string

  beforeAll(async () => {
    origin = createServer((req, res) => {
      const url = req.url ?? '/'
      const tags = url.startsWith('/articles?') ? undefined : ORIGIN_TAGS[url]
      const sharedAge = url.startsWith('/short/') ? 1 : 60
      res.setHeader(
        'Cache-Control',
        `public, max-age=0, s-maxage=${sharedAge}, stale-while-revalidate=300`,
      )
      if (tags) res.setHeader('x-annals-tags', tags)
      res.end(`${url} rendered at ${process.hrtime.bigint()}`)
    })
    await new Promise<void>((resolve) => origin.listen(ORIGIN_PORT, '127.0.0.1', resolve))
    const varnishd = findVarnishd()
    expect(varnishd, VARNISH_MISSING).not.toBeNull()
    workDir = mkdtempSync(path.join(tmpdir(), 'annals-edge-'))
    edge = startVarnish({
      varnishd: varnishd!,
      listen: `127.0.0.1:${EDGE_PORT}`,
      backends: [`127.0.0.1:${ORIGIN_PORT}`],
      workDir,
      memory: '16m',
    })
    // Varnish admits the origin once its health probe has passed twice.
    for (let waited = 0; waited < 20_000; waited += 250) {
      if ((await edgeRequest({ path: '/robots.txt' }).catch(() => null))?.status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })

  afterAll(async () => {
    await edge?.stop()
    await new Promise((resolve) => origin?.close(resolve))
    rmSync(workDir, { recursive: true, force: true })
  })

  /** Requests each path until the edge holds it. */
  const warm = async (...paths: string[]) => {
    for (const urlPath of paths) {
      await edgeRequest({ path: urlPath })
      expect(await edgeCache(urlPath)).toBe('HIT')
    }
  }

  it('should drop every page carrying a banned tag and keep the others', async () => {
    await warm('/articles/camp-ashraf', '/events/camp-ashraf', '/articles/camp-liberty')

    const banned = await ban('article:12')

    expect(banned.status).toBe(200)
    expect(await edgeCache('/articles/camp-ashraf')).toBe('MISS')
    expect(await edgeCache('/events/camp-ashraf')).toBe('MISS')
    expect(await edgeCache('/articles/camp-liberty')).toBe('HIT')
  })

  it('should drop the home page and a child sitemap for the site-wide article lists tag', async () => {
    await warm('/', '/sitemap/articles-0.xml', '/articles/camp-ashraf')

    await ban('articles')

    expect(await edgeCache('/')).toBe('MISS')
    expect(await edgeCache('/sitemap/articles-0.xml')).toBe('MISS')
    expect(await edgeCache('/articles/camp-ashraf')).toBe('HIT')
  })

  it('should tag the pages rendered per request by the lists they show', async () => {
    await warm('/articles?page=3')

    await ban('articles')

    expect(await edgeCache('/articles?page=3')).toBe('MISS')
  })

  it('should keep a tagged page an hour and an untagged one only for its s-maxage', async () => {
    const first = {
      tagged: (await edgeRequest({ path: '/short/tagged' })).body,
      untagged: (await edgeRequest({ path: '/short/untagged' })).body,
    }

    // Past the origin's s-maxage (1 s): the untagged copy is fetched anew, the tagged kept.
    await expect
      .poll(async () => (await edgeRequest({ path: '/short/untagged' })).body, {
        timeout: 10_000,
        interval: 500,
      })
      .not.toBe(first.untagged)
    expect((await edgeRequest({ path: '/short/tagged' })).body).toBe(first.tagged)
  })

  it('should not show readers the tags of a page', async () => {
    const answer = await edgeRequest({ path: '/articles/camp-liberty' })

    expect(answer.headers['x-annals-tags']).toBeUndefined()
  })

  it('should refuse a BAN whose tags could widen the ban expression', async () => {
    const answer = await ban('article:12|.*')

    expect(answer.status).toBe(400)
  })

  it('should refuse a PURGE from an address outside the purge list', async () => {
    await warm('/articles/camp-liberty')

    const answer = await edgeRequest({
      path: '/articles/camp-liberty',
      method: 'PURGE',
      from: OUTSIDER,
    })

    expect(answer.status).toBe(405)
    expect(await edgeCache('/articles/camp-liberty')).toBe('HIT')
  })

  it('should refuse a BAN from an address outside the purge list', async () => {
    await warm('/articles/camp-liberty')

    const answer = await ban('article:120', OUTSIDER)

    expect(answer.status).toBe(405)
    expect(await edgeCache('/articles/camp-liberty')).toBe('HIT')
  })

  it('should refuse a PURGE claiming an allowed address in X-Forwarded-For', async () => {
    await warm('/articles/camp-liberty')

    const answer = await edgeRequest({
      path: '/articles/camp-liberty',
      method: 'PURGE',
      headers: { 'X-Forwarded-For': '127.0.0.1' },
      from: OUTSIDER,
    })

    expect(answer.status).toBe(405)
    expect(await edgeCache('/articles/camp-liberty')).toBe('HIT')
  })

  it('should refuse a PURGE relayed for a reader by a proxy on an allowed address', async () => {
    await warm('/articles/camp-liberty')

    const answer = await edgeRequest({
      path: '/articles/camp-liberty',
      method: 'PURGE',
      headers: { 'X-Forwarded-For': '203.0.113.7' },
    })

    expect(answer.status).toBe(405)
    expect(await edgeCache('/articles/camp-liberty')).toBe('HIT')
  })

  it('should purge one URL when an allowed address asks', async () => {
    await warm('/articles/camp-liberty')

    const answer = await edgeRequest({ path: '/articles/camp-liberty', method: 'PURGE' })

    expect(answer.status).toBe(200)
    expect(await edgeCache('/articles/camp-liberty')).toBe('MISS')
  })
})
