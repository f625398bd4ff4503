import { draftMode, headers } from 'next/headers'
import { cache } from 'react'
import type { TypedUser } from 'payload'

import { isStaff } from '@/access/roles'
import { getPayloadClient } from '@/lib/payload'

/** How readers read: published versions only, with their access rules applied. */
export const PUBLIC = { draft: false, overrideAccess: false, depth: 0 } as const

type ReadOptions = { draft: boolean; overrideAccess: false; depth: 0; user?: TypedUser }

/**
 * Reads for the current request. Staff who turned on preview (Next draft mode, set by
 * /preview) read the newest drafts with their own permissions; everyone else reads as an
 * anonymous reader. Draft-mode requests bypass Next's cache, so drafts never enter it.
 */
export const readOptions = cache(async (): Promise<ReadOptions> => {
  if (!(await draftMode()).isEnabled) return PUBLIC
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isStaff(user)) return PUBLIC
  return { draft: true, overrideAccess: false, depth: 0, user }
})

export const isPreview = async () => (await readOptions()).draft
