import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { Reference } from '@/payload-types'
import { validateHttpUrl } from '@/fields/url'
import { normalizeUrl } from '@/lib/normalizeUrl'

/**
 * Stores the normalised URL and refuses a second reference to the same source, naming the
 * reference that has it. (The unique index on `normalizedUrl` backs this up under races.)
 */
export const rejectDuplicateUrl: CollectionBeforeValidateHook<Reference> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const url = data.url !== undefined ? data.url : originalDoc?.url
  if (!url || validateHttpUrl(url) !== true) {
    data.normalizedUrl = null
    return data
  }
  const normalizedUrl = normalizeUrl(url)
  data.normalizedUrl = normalizedUrl
  const { docs } = await req.payload.find({
    collection: 'references',
    where: {
      normalizedUrl: { equals: normalizedUrl },
      ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
    },
    select: { title: true },
    limit: 1,
    depth: 0,
    req,
  })
  const existing = docs[0]
  if (existing) {
    throw new ValidationError({
      collection: 'references',
      errors: [
        {
          path: 'url',
          message: `This source is already reference #${existing.id}, "${existing.title}". Cite that reference instead.`,
        },
      ],
    })
  }
  return data
}
