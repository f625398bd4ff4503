import { NextResponse, type NextRequest } from 'next/server'

import { databaseStatus, isDatabaseDown } from '@/lib/database/status'
// The tag vocabulary alone: the proxy's bundle must not carry the rest of lib/freshness.
import { isRequestRendered } from '@/lib/freshness/cacheTags'
import { securityHeadersFor } from '@/lib/securityHeaders.mjs'
import { unavailableJson, unavailablePage } from '@/lib/unavailablePage'

/** The largest JSON body the API takes: a long article is well under 1 MB. */
export const MAX_JSON_BYTES = 1024 * 1024
/** The largest multipart body (an image upload with its form data). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const refuse = (status: number, message: string, field = 'body') =>
  NextResponse.json(
    { errors: [{ message, data: { errors: [{ path: field, message }] } }] },
    { status },
  )

/**
 * Checks the shape of an API write before Payload parses it: its size (413), its content type
 * (415) and, for JSON, that it is one object (400). Payload's own handlers answered 500 to
 * null, string, text/plain and form-encoded bodies and accepted 11 MB ones.
 */
async function checkApiBody(request: NextRequest): Promise<NextResponse | undefined> {
  const length = request.headers.get('content-length')
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const multipart = type === 'multipart/form-data'
  const limit = multipart ? MAX_UPLOAD_BYTES : MAX_JSON_BYTES
  if (length === null) {
    // A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112,
    // 6.3), as curl sends a DELETE; a chunked one cannot be limited before it is read.
    return request.headers.has('transfer-encoding')
      ? refuse(411, 'Send the body with a Content-Length.')
      : undefined
  }
  const bytes = Number(length)
  if (!Number.isSafeInteger(bytes) || bytes < 0) return refuse(400, 'Invalid Content-Length.')
  if (bytes > limit) {
    return refuse(413, `The request body is ${bytes} bytes; at most ${limit} are accepted.`)
  }
  if (bytes === 0) return undefined
  // The admin sends long queries as a form-encoded POST that Payload treats as a GET.
  const methodOverride = request.headers.get('x-payload-http-method-override') === 'GET'
  if (type === 'application/x-www-form-urlencoded' && methodOverride) return undefined
  if (multipart) return undefined
  if (type !== 'application/json') {
    return refuse(415, 'The request body must be application/json (or multipart/form-data).')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(await request.clone().text())
  } catch {
    return refuse(400, 'The request body is not valid JSON.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return refuse(400, 'The request body must be a JSON object of fields.')
  }
  return undefined
}

// Listings paginate up to here; Payload refuses a page past it (validateInput.ts).
const MAX_PAGE = 1_000_000
const PAGED_LISTINGS = new Set(['/articles', '/events', '/search'])
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

const refuseText = (status: number, message: string) =>
  new NextResponse(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  })

/**
 * Requests no page can answer, refused before routing with a 4xx naming what is wrong: Next.js
 * and Payload answered them with a 500 (an invalid UTF-8 path, a NUL in a slug, a page number
 * past the database's integers). TRACE never gets here: see scripts/lib/httpGuards.mjs.
 */
function refuseMalformed({ nextUrl }: NextRequest): NextResponse | undefined {
  let path: string
  try {
    path = decodeURIComponent(nextUrl.pathname)
  } catch {
    return refuseText(400, 'The path is not valid percent-encoded UTF-8.')
  }
  if (CONTROL_CHARACTER.test(path)) {
    return refuseText(400, 'The path must not contain control characters.')
  }
  const page = nextUrl.searchParams.get('page')
  if (
    PAGED_LISTINGS.has(nextUrl.pathname) &&
    page !== null &&
    !(/^[1-9]\d{0,6}$/.test(page) && Number(page) <= MAX_PAGE)
  ) {
    return refuseText(400, `The "page" parameter must be a whole number from 1 to ${MAX_PAGE}.`)
  }
  return undefined
}

/** Marks the proxy's own request for a page's cached copy (see `fromPageCache`). */
const PASSTHROUGH_HEADER = 'x-annals-passthrough'
// A cached copy comes back in milliseconds; a render waits on the database at worst for
// DATABASE_CONNECT_TIMEOUT_MS.
const PASSTHROUGH_TIMEOUT_MS = 15_000

const startsWithSegment = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`)

/** Doors that read the database on every request, so cannot answer while it is down. */
function needsDatabase({ pathname, searchParams }: NextRequest['nextUrl'], method: string) {
  if (['/admin', '/events/filter'].some((door) => startsWithSegment(pathname, door))) return true
  if (isRequestRendered(pathname, searchParams)) return true
  if (['/preview', '/events.csv', '/events.json'].includes(pathname)) return true
  // A reader page is only read; anything else (a server action) needs the database.
  return method !== 'GET' && method !== 'HEAD'
}

// Next's assets and the instances' internal route never touch the database.
const needsNoDatabase = (pathname: string) =>
  startsWithSegment(pathname, '/_next') || startsWithSegment(pathname, '/internal')

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']

/**
 * A static or ISR page while the database is down: its cached copy if Next.js has one (asked
 * of this same server, marked so that this proxy lets the request through), else the 503 page
 * instead of the 500 that rendering it without a database ends in. Only while down: it costs
 * one loopback request per page.
 */
async function fromPageCache(request: NextRequest): Promise<Response> {
  const headers = new Headers(request.headers)
  for (const name of [...HOP_BY_HOP, 'x-middleware-subrequest', 'accept-encoding']) {
    headers.delete(name)
  }
  headers.set(PASSTHROUGH_HEADER, databaseStatus().passthroughToken)
  // Next.js hands the proxy this server's own address (localhost and its port); the token must
  // never travel anywhere else, and `next start` speaks plain HTTP whatever the client used.
  const self = new URL(request.url)
  if (!LOOPBACK.has(self.hostname)) return unavailablePage()
  self.protocol = 'http:'
  let answer: Response
  try {
    answer = await fetch(self, {
      method: request.method,
      headers,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(PASSTHROUGH_TIMEOUT_MS),
    })
  } catch {
    return unavailablePage()
  }
  if (answer.status >= 500) {
    await answer.body?.cancel()
    return unavailablePage()
  }
  const copied = new Headers(answer.headers)
  for (const name of [...HOP_BY_HOP, 'content-encoding']) copied.delete(name)
  return new Response(answer.body, { status: answer.status, headers: copied })
}

/** The answer while the database is down, or undefined to let the request through. */
async function whileDatabaseDown(request: NextRequest): Promise<Response | undefined> {
  const { nextUrl, method } = request
  if (needsNoDatabase(nextUrl.pathname)) return undefined
  if (startsWithSegment(nextUrl.pathname, '/api')) return unavailableJson()
  if (needsDatabase(nextUrl, method)) return unavailablePage()
  return fromPageCache(request)
}

/**
 * Next.js 16's request proxy (formerly middleware): API body checks, and a fast 503 while the
 * database is unreachable (`lib/database/health.ts` keeps the flag).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const passthrough = request.headers.get(PASSTHROUGH_HEADER) === databaseStatus().passthroughToken
  let response: Response | undefined = refuseMalformed(request)
  if (!response && isDatabaseDown() && !passthrough) response = await whileDatabaseDown(request)
  if (!response && pathname.startsWith('/api/') && WRITE_METHODS.has(request.method)) {
    response = await checkApiBody(request)
  }
  if (response) {
    // The proxy's own answers; every other response gets them from next.config.mjs.
    for (const { key, value } of securityHeadersFor(pathname)) response.headers.set(key, value)
    return response
  }
  // An internal header from outside must never reach Next.js' routing (CVE-2025-29927).
  const headers = new Headers(request.headers)
  headers.delete('x-middleware-subrequest')
  headers.delete(PASSTHROUGH_HEADER)
  return NextResponse.next({ request: { headers } })
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
}
