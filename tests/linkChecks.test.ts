import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkReferenceLinks } from '@/jobs/checkLinks'
import { runCitationChecks } from '@/workflow/checks/loadCitationChecks'

import { getTestPayload } from './helpers/payload'
import { login, rest } from './helpers/rest'

/** A local server only: the tests never reach the internet. */
const PORT = Number(process.env.LINK_CHECK_TEST_PORT || 56630)

type Seen = { method?: string; path?: string; userAgent?: string }

describe('the link checker', () => {
  let payload: Payload
  let server: Server
  let base: string
  const seen: Seen[] = []
  let inFlight = 0
  let maxInFlight = 0
  const references: number[] = []

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/ok': (_req, res) => res.writeHead(200).end('fine'),
    '/missing': (_req, res) => res.writeHead(404).end('gone'),
    '/moved': (_req, res) => res.writeHead(301, { Location: '/ok' }).end(),
    '/no-head': (req, res) => res.writeHead(req.method === 'HEAD' ? 405 : 200).end(),
    // Answers nothing until the client gives up.
    '/hangs': () => undefined,
    '/busy': (_req, res) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      setTimeout(() => {
        inFlight--
        res.writeHead(200).end()
      }, 50)
    },
  }

  const reference = async (path: string) => {
    const doc = await payload.create({
      collection: 'references',
      depth: 0,
      data: {
        title: `Link check ${path} ${process.pid} ${references.length}`,
        citationType: 'web',
        work: 'Test site',
        date: '2013-09-01T12:00:00.000Z',
        // Each reference its own URL (they are unique); the server ignores the number.
        url: `${base}/${Date.now()}${references.length}${path}`,
        changeSummary: 'Link check test',
        _status: 'published',
      },
    })
    references.push(doc.id)
    return doc.id
  }

  const check = async (ids: number[], timeoutMs = 2_000) =>
    checkReferenceLinks({
      req: await createLocalReq({}, payload),
      timeoutMs,
      delayMs: 0,
      referenceIds: ids,
    })

  const verdict = async (id: number) =>
    (
      await payload.find({
        collection: 'link-checks',
        where: { reference: { equals: id } },
        depth: 0,
      })
    ).docs[0]

  beforeAll(async () => {
    payload = await getTestPayload()
    server = createServer((req, res) => {
      const path = (req.url ?? '/').replace(/\?.*$/, '').replace(/^\/\d+/, '')
      seen.push({ method: req.method, path, userAgent: req.headers['user-agent'] })
      ;(routes[path] ?? routes['/missing'])(req, res)
    })
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    if (!references.length) return
    await payload.delete({ collection: 'link-checks', where: { reference: { in: references } } })
    await payload.delete({ collection: 'references', where: { id: { in: references } } })
    await payload.delete({
      collection: 'audit-log',
      where: {
        and: [
          { targetCollection: { equals: 'references' } },
          { targetId: { in: references.map(String) } },
        ],
      },
    })
  })

  it('should mark a link that answers 200 live and record the check', async () => {
    const id = await reference('/ok')
    await check([id])
    const found = await verdict(id)
    expect({
      status: found.status,
      history: found.history?.map(({ statusCode, outcome }) => ({ statusCode, outcome })),
    }).toEqual({ status: 'live', history: [{ statusCode: 200, outcome: 'ok' }] })
  })

  it('should mark a link that answers 404 dead after three failed checks in a row', async () => {
    const id = await reference('/missing')
    const statuses: string[] = []
    for (let run = 0; run < 3; run++) {
      await check([id])
      statuses.push((await verdict(id)).status)
    }
    expect(statuses).toEqual(['failing', 'failing', 'dead'])
  })

  it('should count a redirect to a live page as live', async () => {
    const id = await reference('/moved')
    await check([id])
    expect((await verdict(id)).status).toBe('live')
  })

  it('should fall back to GET when a server refuses HEAD', async () => {
    const id = await reference('/no-head')
    await check([id])
    expect((await verdict(id)).history?.map(({ statusCode }) => statusCode)).toEqual([200])
  })

  it('should give up on a server that does not answer and record a timeout', async () => {
    const id = await reference('/hangs')
    const started = Date.now()
    await check([id], 300)
    const found = await verdict(id)
    expect({
      outcome: found.history?.[0]?.outcome,
      statusCode: found.history?.[0]?.statusCode ?? null,
      fast: Date.now() - started < 5_000,
    }).toEqual({ outcome: 'timeout', statusCode: null, fast: true })
  })

  it('should say who is asking in its User-Agent', async () => {
    const id = await reference('/ok')
    seen.length = 0
    await check([id])
    expect(seen[0]?.userAgent).toMatch(/^AnnalsLinkChecker\/1\.0 \(\+http/)
  })

  it('should send one request at a time to a host', async () => {
    const ids = [await reference('/busy'), await reference('/busy'), await reference('/busy')]
    maxInFlight = 0
    await check(ids)
    expect(maxInFlight).toBe(1)
  })

  it('should not make a new revision of the reference it checks', async () => {
    const id = await reference('/missing')
    const versions = async () =>
      (await payload.countVersions({ collection: 'references', where: { parent: { equals: id } } }))
        .totalDocs
    const before = await versions()
    await check([id])
    expect(await versions()).toBe(before)
  })

  it('should run as the checkLinks task of the jobs queue', async () => {
    const id = await reference('/ok')
    await payload.jobs.queue({
      task: 'checkLinks',
      queue: 'link-checks-test',
      input: { timeoutMs: 2_000, delayMs: 0, referenceIds: [id] },
    })
    await payload.jobs.run({ queue: 'link-checks-test' })
    expect((await verdict(id)).status).toBe('live')
  })

  it('should let the citation checks flag a link the checker found dead', async () => {
    const id = await reference('/missing')
    for (let run = 0; run < 3; run++) await check([id])
    const checklist = await runCitationChecks({
      payload,
      req: await createLocalReq({}, payload),
      collection: 'articles',
      revision: { furtherReferences: [id] },
    })
    expect(checklist.problems.map((problem) => problem.rule)).toEqual(['dead-link'])
  })

  it('should show readers the checks of a published reference', async () => {
    const id = await reference('/ok')
    await check([id])
    const { totalDocs } = await payload.count({
      collection: 'link-checks',
      where: { reference: { equals: id } },
      overrideAccess: false,
    })
    expect(totalDocs).toBe(1)
  })

  it('should refuse an admin writing a link check through the API', async () => {
    const id = await reference('/ok')
    const response = await rest({
      method: 'POST',
      path: '/link-checks',
      body: { reference: id, url: 'https://example.org/', status: 'live', consecutiveFailures: 0 },
      token: await login('admin'),
    })
    expect(response.status).toBe(403)
  })
})
