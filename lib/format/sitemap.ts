import { escapeXml } from './xml'

/** A sitemap index (sitemaps.org protocol): where the child sitemaps are. */
export const sitemapIndexXml = (locations: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${locations.map((location) => `<sitemap><loc>${escapeXml(location)}</loc></sitemap>`).join('\n')}
</sitemapindex>
`

/** A sitemap of at most 50,000 URLs. */
export const urlSetXml = (urls: { location: string; lastModified?: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls
  .map(
    (url) =>
      `<url><loc>${escapeXml(url.location)}</loc>${url.lastModified ? `<lastmod>${escapeXml(url.lastModified)}</lastmod>` : ''}</url>`,
  )
  .join('\n')}
</urlset>
`

export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8' }
