import type { PublishedPage } from '@/lib/queries/sitemap'
import type { Event } from '@/payload-types'
import { EVENT_TYPE_LABELS } from '@/lib/vocabulary'

import { formatDateRange } from './date'
import { placeOf } from './place'
import { escapeXml } from './xml'

/**
 * A feed entry: a published page. `publishedAt` (when it first appeared) becomes Atom's
 * `published`; `summary` its summary — for an event, `eventSummary` writes one.
 */
export type FeedEntry = PublishedPage & { publishedAt?: null | string }

/** The summary of an event's feed entry: "Massacre, 1 September 2013, Camp Ashraf, Iraq." */
export const eventSummary = (
  event: Pick<Event, 'type' | 'startDate' | 'endDate' | 'datePrecision' | 'location'>,
) => {
  const place = placeOf(event)
  return `${EVENT_TYPE_LABELS[event.type]}, ${formatDateRange(event.startDate, event.endDate, event.datePrecision)}${place ? `, ${place}` : ''}.`
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
