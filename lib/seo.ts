import type { ArticlePage } from '@/lib/queries/articles'
import type { EventPage } from '@/lib/queries/events'

import { isoDay } from './format/date'
import { placeOf } from './format/place'

/** The public origin of the site, for canonical URLs, the sitemap and the feed. */
export const siteUrl = (): string =>
  (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const absoluteUrl = (path: string) => `${siteUrl()}${path}`

/** schema.org Event for an event page. */
export const eventJsonLd = ({ event, partOf }: Pick<EventPage, 'event' | 'partOf'>) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: event.name,
  alternateName: event.alternativeNames?.length ? event.alternativeNames : undefined,
  startDate: isoDay(event.startDate),
  endDate: isoDay(event.endDate) ?? isoDay(event.startDate),
  eventStatus: 'https://schema.org/EventScheduled',
  location: placeOf(event)
    ? {
        '@type': 'Place',
        name: placeOf(event),
        address: event.location?.country ?? undefined,
        geo:
          typeof event.location?.latitude === 'number' &&
          typeof event.location?.longitude === 'number'
            ? {
                '@type': 'GeoCoordinates',
                latitude: event.location.latitude,
                longitude: event.location.longitude,
              }
            : undefined,
      }
    : undefined,
  superEvent: partOf
    ? { '@type': 'Event', name: partOf.name, url: absoluteUrl(`/events/${partOf.slug}`) }
    : undefined,
  url: absoluteUrl(`/events/${event.slug}`),
})

/** schema.org Article for an article page, with its event and its cited sources. */
export const articleJsonLd = ({ article, event, partOf }: ArticlePage) => ({
  '@context': 'https://schema.org',
  '@type': 'Article',
  headline: article.title,
  description: article.summary ?? article.shortDescription ?? undefined,
  dateModified: article.updatedAt,
  url: absoluteUrl(`/articles/${article.slug}`),
  mainEntityOfPage: absoluteUrl(`/articles/${article.slug}`),
  publisher: { '@type': 'Organization', name: 'Annals' },
  about: event ? eventJsonLd({ event, partOf }) : undefined,
})
