import { urlSetXml, XML_HEADERS } from '@/lib/format/sitemap'
import { listSitemapEntries, parseSitemapFile } from '@/lib/queries/sitemap'
import { absoluteUrl } from '@/lib/siteUrl'

// Each file is rendered on its first request, then served from the cache until a publish
// revalidates it.
export const dynamic = 'force-static'
export const dynamicParams = true
export const generateStaticParams = async () => [] as { file: string }[]

const SITE_PAGES = ['/', '/articles', '/events']

/** A child sitemap: `pages.xml` (the listings) or `articles-N.xml` / `events-N.xml`. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file.replace(/\.xml$/, '')
  if (name === 'pages') {
    return new Response(urlSetXml(SITE_PAGES.map((path) => ({ location: absoluteUrl(path) }))), {
      headers: XML_HEADERS,
    })
  }
  const file = parseSitemapFile(name)
  if (!file) return new Response('No such sitemap.', { status: 404 })
  const pages = await listSitemapEntries(file)
  return new Response(
    urlSetXml(
      pages.map((page) => ({ location: absoluteUrl(page.path), lastModified: page.updatedAt })),
    ),
    { headers: XML_HEADERS },
  )
}
