import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { revalidatePaths } from '@/lib/revalidate'

/** A published change (or an unpublish) re-renders the article and the lists showing it. */
export const revalidateArticle: CollectionAfterChangeHook<Article> = ({
  doc,
  previousDoc,
  req: { context },
}) => {
  const paths = new Set<string>()
  if (doc._status === 'published') paths.add(`/articles/${doc.slug}`)
  if (previousDoc?._status === 'published') paths.add(`/articles/${previousDoc.slug}`)
  if (paths.size) paths.add('/')
  revalidatePaths(paths, context)
  return doc
}
