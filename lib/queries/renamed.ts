import { TAGS, tagPage } from '@/lib/freshness'
import { getPayloadClient } from '@/lib/payload'
import { idOf } from '@/lib/relationId'

import { PUBLIC } from './readOptions'

type Renamable = 'articles' | 'events'

const SLUG_TAG: Record<Renamable, (slug: string) => string> = {
  articles: TAGS.articleSlug,
  events: TAGS.eventSlug,
}

/**
 * The current slug of a document that was published under `oldSlug` before being renamed,
 * found in its published revisions, so old links keep working (as MediaWiki's redirects do).
 * Tagged by the old slug: publishing a document under it again drops the redirect.
 */
export async function findRenamedSlug({
  collection,
  oldSlug,
}: {
  collection: Renamable
  oldSlug: string
}): Promise<null | string> {
  await tagPage(SLUG_TAG[collection](oldSlug))
  const payload = await getPayloadClient()
  const { docs: versions } = await payload.findVersions({
    collection,
    ...PUBLIC,
    where: {
      and: [
        { 'version.slug': { equals: oldSlug } },
        { 'version._status': { equals: 'published' } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
  })
  const parent = idOf(versions[0]?.parent as number | { id: number } | undefined)
  if (!parent) return null
  const { docs } = await payload.find({
    collection,
    ...PUBLIC,
    where: { id: { equals: parent } },
    select: { slug: true },
    limit: 1,
  })
  const current = docs[0]?.slug
  return current && current !== oldSlug ? current : null
}
