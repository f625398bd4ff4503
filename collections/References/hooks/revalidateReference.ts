import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Reference } from '@/payload-types'
import { TAGS } from '@/lib/cacheTags'
import { announceChange, touchesReaders } from '@/lib/revalidate'

/**
 * A corrected reference re-renders every page that lists it: articles citing it (in the text
 * or as further reading), and the pages of events and reactions that cite it.
 */
export const revalidateReference: CollectionAfterChangeHook<Reference> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (touchesReaders({ doc, previousDoc, context: req.context })) {
    await announceChange(req, { tags: [TAGS.reference(doc.id)] })
  }
  return doc
}

export const revalidateDeletedReference: CollectionAfterDeleteHook<Reference> = async ({
  doc,
  req,
}) => {
  if (touchesReaders({ doc, context: req.context })) {
    await announceChange(req, { tags: [TAGS.reference(doc.id)] })
  }
  return doc
}
