import type { MetadataRoute } from 'next'

import { listPublishedPages } from '@/lib/queries/sitemap'
import { absoluteUrl } from '@/lib/seo'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listPublishedPages()
  const newest = pages[0]?.updatedAt
  return [
    { url: absoluteUrl('/'), lastModified: newest },
    { url: absoluteUrl('/events'), lastModified: newest },
    ...pages.map((page) => ({ url: absoluteUrl(page.path), lastModified: page.updatedAt })),
  ]
}
