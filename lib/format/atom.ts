import { escapeXml } from './xml'

/**
 * A feed entry: a published page. `publishedAt` (when it first appeared) becomes Atom's
 * `published`; `summary` its summary.
 */
export type FeedEntry = {
  path: string
  title: string
  updatedAt: string
  summary?: null | string
  publishedAt?: null | string
}

const entryXml = (page: FeedEntry, siteUrl: string) =>
  [
    '  <entry>',
    `    <title>${escapeXml(page.title)}</title>`,
    `    <link href="${escapeXml(siteUrl + page.path)}"/>`,
    `    <id>${escapeXml(siteUrl + page.path)}</id>`,
    ...(page.publishedAt ? [`    <published>${escapeXml(page.publishedAt)}</published>`] : []),
    `    <updated>${escapeXml(page.updatedAt)}</updated>`,
    ...(page.summary ? [`    <summary>${escapeXml(page.summary)}</summary>`] : []),
    '  </entry>',
  ].join('\n')

/** An Atom 1.0 feed (RFC 4287) of recently published pages. */
export const atomFeed = ({
  pages,
  siteUrl,
  title,
}: {
  pages: FeedEntry[]
  siteUrl: string
  title: string
}) => {
  const updated = pages[0]?.updatedAt ?? new Date(0).toISOString()
  const entries = pages.map((page) => entryXml(page, siteUrl)).join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(title)}</title>
  <link href="${escapeXml(siteUrl)}/"/>
  <link rel="self" href="${escapeXml(siteUrl)}/feed.xml"/>
  <id>${escapeXml(siteUrl)}/</id>
  <updated>${updated}</updated>
  <author><name>Annals</name></author>
${entries}
</feed>
`
}
