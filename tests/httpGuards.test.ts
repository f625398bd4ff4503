import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import '@/scripts/lib/httpGuards.mjs'

/**
 * The HTTP-layer rules preloaded into `next start` (scripts/lib/httpGuards.mjs), on a plain
 * Node server that answers as a failing reader page did: a 500 with the shared Cache-Control.
 */
describe('the HTTP guards of next start', () => {
  let server: http.Server
  let port: number

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      response.setHeader('Cache-Control', 'public, max-age=0, s-maxage=60')
      if (request.url === '/fails') {
        response.statusCode = 500
        response.end('failed')
      } else if (request.url === '/fails-with-head') {
        response.writeHead(503, { 'cache-control': 'public, s-maxage=60' }).end('failed')
      } else response.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const send = (method: string, path: string) =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, method, path }, (response) => {
        response.resume()
        resolve(response)
      })
      request.on('error', reject).end()
    })

  it('should answer TRACE with a 405 naming the allowed methods', async () => {
    const response = await send('TRACE', '/')
    expect([response.statusCode, response.headers.allow]).toEqual([
      405,
      expect.stringContaining('GET'),
    ])
  })

  it.each(['/fails', '/fails-with-head'])(
    'should send the error at %s as no-store',
    async (path) => {
      const response = await send('GET', path)
      expect([response.statusCode! >= 500, response.headers['cache-control']]).toEqual([
        true,
        'no-store',
      ])
    },
  )

  it('should leave a successful page its Cache-Control', async () => {
    const response = await send('GET', '/')
    expect(response.headers['cache-control']).toBe('public, max-age=0, s-maxage=60')
  })
})
