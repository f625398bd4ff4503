import type { Reference } from '@/payload-types'
import { revalidateOn, TAGS } from '@/lib/freshness'

/**
 * A corrected reference re-renders every page that lists it: articles citing it (in the text
 * or as further reading), and the pages of events and reactions that cite it.
 */
export const revalidateReference = revalidateOn((reference: Reference) => [
  TAGS.reference(reference.id),
])
