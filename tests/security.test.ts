import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { sessionCookies, Users } from '@/collections/Users'
import { isSafeRedirectPath, safeRedirectPath } from '@/lib/safePath'
import { securityHeadersFor } from '@/lib/securityHeaders.mjs'
import { MAX_JSON_BYTES, proxy } from '@/proxy'

const apiPost = (body: string, headers: Record<string, string>) =>
  new NextRequest('http://localhost:3000/api/events', {
    method: 'POST',
    body,
    headers: { 'Content-Length': String(Buffer.byteLength(body)), ...headers },
  })

const header = (path: string, name: string, production = false) =>
  securityHeadersFor(path, production).find((entry) => entry.key === name)?.value ?? ''

describe('redirect targets', () => {
  it.each([
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '//evil.example',
    '/ /evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '\\\\evil.example',
    '',
  ])('should refuse %j as a redirect target', (path) => {
    expect(safeRedirectPath(path)).toBe('/')
  })

  it('should keep a same-origin path with its query and fragment', () => {
    expect(safeRedirectPath('/articles/camp-ashraf?x=1#refs')).toBe(
      '/articles/camp-ashraf?x=1#refs',
    )
  })

  it('should tell a safe preview path from an off-site one', () => {
    expect([isSafeRedirectPath('/events/x'), isSafeRedirectPath('/\\evil.example')]).toEqual([
      true,
      false,
    ])
  })
})

describe('security headers', () => {
  it('should forbid framing the admin, plugins and base URLs', () => {
    expect(header('/admin', 'Content-Security-Policy').split('; ')).toEqual(
      expect.arrayContaining(["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]),
    )
  })

  it('should give reader pages a policy with no remote source', () => {
    const policy = header('/articles/camp-ashraf', 'Content-Security-Policy')
    expect(policy.match(/https?:|\*/g)).toBeNull()
  })

  it('should send nosniff and a referrer policy on every path', () => {
    const values = ['/', '/admin', '/api/events'].map((path) => [
      header(path, 'X-Content-Type-Options'),
      header(path, 'Referrer-Policy'),
    ])
    expect(values).toEqual(Array(3).fill(['nosniff', 'strict-origin-when-cross-origin']))
  })

  it('should send HSTS in production only', () => {
    expect([
      header('/', 'Strict-Transport-Security', true),
      header('/', 'Strict-Transport-Security', false),
    ]).toEqual([expect.stringContaining('max-age=31536000'), ''])
  })
})

describe('the session cookie', () => {
  it('should be Secure when the site URL is https', () => {
    expect([
      sessionCookies('https://annals.example').secure,
      sessionCookies('http://localhost:3000').secure,
    ]).toEqual([true, false])
  })

  it('should be set from SITE_URL in the users collection', () => {
    const auth = Users.auth as { cookies?: { secure?: boolean } }
    expect(auth.cookies?.secure).toBe(sessionCookies(process.env.SITE_URL).secure)
  })
})

describe('the request proxy', () => {
  it('should answer 413 to a body over the limit, by its Content-Length', async () => {
    const request = new NextRequest('http://localhost:3000/api/events', {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(11 * 1024 * 1024) },
    })
    expect((await proxy(request)).status).toBe(413)
  })

  // Next.js hands the proxy a body stream even when the client sent no body at all.
  const unsizedDelete = (headers: Record<string, string> = {}) =>
    new NextRequest('http://localhost:3000/api/events/1', {
      method: 'DELETE',
      headers,
      body: new ReadableStream({ start: (controller) => controller.close() }),
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1])

  it('should let a DELETE with no body and no Content-Length through', async () => {
    const response = await proxy(unsizedDelete())
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })

  it('should answer 411 to a chunked body, whose size is unknown until read', async () => {
    const response = await proxy(unsizedDelete({ 'Transfer-Encoding': 'chunked' }))
    expect(response.status).toBe(411)
  })

  it.each([
    ['/articles/a%00b', 'control characters'],
    ['/articles/%C0%AE', 'UTF-8'],
    ['/api/articles/%FF', 'UTF-8'],
    ['/articles?page=999999999999', '"page"'],
    ['/search?q=x&page=0', '"page"'],
  ])('should answer %s with a 400 saying what is wrong', async (path, named) => {
    const response = await proxy(new NextRequest(`http://localhost:3000${path}`))
    expect([response.status, await response.text()]).toEqual([400, expect.stringContaining(named)])
  })

  it('should let a percent-encoded Unicode path through', async () => {
    const response = await proxy(
      new NextRequest('http://localhost:3000/events/%D9%85%D8%AC%D8%B2%D8%B1%D8%A9'),
    )
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })

  it('should answer 415 to a text/plain API write', async () => {
    expect((await proxy(apiPost('hello', { 'Content-Type': 'text/plain' }))).status).toBe(415)
  })

  it('should answer 400 to a JSON body that is not an object', async () => {
    const responses = await Promise.all(
      ['null', '"x"', '[1]', '{'].map((body) =>
        proxy(apiPost(body, { 'Content-Type': 'application/json' })),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual([400, 400, 400, 400])
  })

  it('should let a JSON object under the limit through', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(MAX_JSON_BYTES / 2) })
    const response = await proxy(apiPost(body, { 'Content-Type': 'application/json' }))
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })

  it('should drop an x-middleware-subrequest header sent from outside', async () => {
    const request = new NextRequest('http://localhost:3000/admin', {
      headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    })
    const response = await proxy(request)
    expect(response.headers.get('x-middleware-request-x-middleware-subrequest')).toBeNull()
    expect(response.headers.get('x-middleware-override-headers')).not.toContain(
      'x-middleware-subrequest',
    )
  })

  // Every other response gets its headers from next.config.mjs (e2e/security.spec.ts).
  it('should put the admin policy on its own refusals', async () => {
    const response = await proxy(apiPost('x'.repeat(16), { 'Content-Type': 'text/plain' }))
    expect(response.status).toBe(415)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})
