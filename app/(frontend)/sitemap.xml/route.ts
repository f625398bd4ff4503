import { sitemapIndexXml, XML_HEADERS } from '@/lib/format/sitemap'
import { listSitemapFiles } from '@/lib/queries/sitemap'
import { absoluteUrl } from '@/lib/siteUrl'

// Built at deploy time and whenever a publish revalidates it.
export const dynamic = 'force-static'

/**
 * The sitemap index: the site's own pages, then a file per 50,000 article or event ids. Its
 * size grows by one line per 50,000 documents.
 */
export async function GET() {
  const files = await listSitemapFiles()
  return new Response(
    sitemapIndexXml([
      absoluteUrl('/sitemap/pages.xml'),
      ...files.map((file) => absoluteUrl(`/sitemap/${file.name}.xml`)),
    ]),
    { headers: XML_HEADERS },
  )
}
