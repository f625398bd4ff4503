import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaff } from '@/access/roles'
import { getPayloadClient } from '@/lib/payload'
import { isSafeRedirectPath, safeRedirectPath } from '@/lib/safePath'

/**
 * Turns on draft preview for signed-in staff and sends them to `path` on this site: the
 * admin's live preview points here. Readers are refused.
 */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  if (!isSafeRedirectPath(path)) {
    return Response.json(
      { error: 'path must be a path on this site, like /articles/slug' },
      { status: 400 },
    )
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isStaff(user)) {
    return Response.json({ error: 'Sign in to the admin to preview drafts.' }, { status: 401 })
  }
  ;(await draftMode()).enable()
  redirect(safeRedirectPath(path))
}
