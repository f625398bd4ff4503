import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { citedReferenceIds } from '@/lib/lexical'

/**
 * Derives `citedReferences` from the body on every save. Whatever a client sends for the
 * field itself is overwritten, so it can never disagree with the text.
 */
export const computeCitedReferences: CollectionBeforeChangeHook<Article> = ({
  data,
  originalDoc,
}) => {
  const body = data.body !== undefined ? data.body : originalDoc?.body
  data.citedReferences = citedReferenceIds(body)
  return data
}
