import { NextResponse, type NextRequest } from 'next/server'

import { securityHeadersFor } from '@/lib/securityHeaders.mjs'

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
    // A streamed body of unknown length cannot be limited before it is read.
    return request.body ? refuse(411, 'Send the body with a Content-Length.') : undefined
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

/** Next.js 16's request proxy (formerly middleware): API body checks and security headers. */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  let response: NextResponse | undefined
  if (pathname.startsWith('/api/') && WRITE_METHODS.has(request.method)) {
    response = await checkApiBody(request)
  }
  if (!response) {
    // An internal header from outside must never reach Next.js' routing (CVE-2025-29927).
    const headers = new Headers(request.headers)
    headers.delete('x-middleware-subrequest')
    response = NextResponse.next({ request: { headers } })
  }
  for (const { key, value } of securityHeadersFor(pathname)) response.headers.set(key, value)
  return response
}

export const config = {
  matcher: ['/api/:path*', '/admin/:path*', '/search', '/preview/:path*'],
}
