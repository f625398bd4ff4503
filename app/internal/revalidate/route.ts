import { timingSafeEqual } from 'node:crypto'

import { internalToken, revalidateTagsHere, TOKEN_HEADER } from '@/lib/freshness'

/**
 * Revalidates cache tags in this instance: called by the instance's own revalidation listener
 * (`lib/freshness/revalidationListener.ts`) for each change any instance announced, since Next revalidates
 * only from within one of its requests. The edge never forwards /internal.
 */
export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get(TOKEN_HEADER) ?? '')
  const expected = Buffer.from(internalToken())
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: 'Not allowed' }, { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((tag) => typeof tag === 'string') : []
  if (!tags.length) return Response.json({ error: 'tags: a list of cache tags' }, { status: 400 })
  revalidateTagsHere(tags)
  return new Response(null, { status: 204 })
}
