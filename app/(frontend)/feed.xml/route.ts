import { atomFeed } from '@/lib/format/atom'
import { FEED_LENGTH, listRecentChanges } from '@/lib/queries/sitemap'
import { siteUrl } from '@/lib/siteUrl'
import { feedEntries } from '@/lib/view/feed'

// Built at deploy time and whenever a publish revalidates /feed.xml.
export const dynamic = 'force-static'

export async function GET() {
  const pages = feedEntries(await listRecentChanges(FEED_LENGTH))
  return new Response(atomFeed({ pages, siteUrl: siteUrl(), title: 'Annals — recent changes' }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
