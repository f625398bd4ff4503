import { referenceCsl, SITE_NAME } from '@/lib/format/citation'
import { isoDay } from '@/lib/format/date'
import { referenceText } from '@/lib/format/reference'
import { absoluteUrl } from '@/lib/siteUrl'
import type { Reference } from '@/payload-types'

import type { ArticleView } from './article'
import type { EventView } from './event'
import type { EventFactsView } from './eventFacts'

/**
 * A page's structured data (schema.org JSON-LD) and its one-line description, built from the
 * page's view model like everything else the page shows.
 */

/** The newsroom: publisher and author of every article (articles carry no personal byline). */
const newsroom = () => ({ '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/') })

/** One line saying what an event was, when and where: "Massacre, 1 September 2013, Iraq." */
export const eventDescription = (facts: EventFactsView) =>
  `${facts.typeLabel}, ${facts.dateText}${facts.place ? `, ${facts.place}` : ''}.`

type EventJsonLdInput = Pick<EventView, 'facts'> & {
  data: { event: { slug: string; name: string; startDate: string; endDate?: null | string } }
}

/**
 * schema.org Event. Every event has a `location`: where no place is recorded the Place says
 * so, rather than the property going missing.
 */
export const eventJsonLd = ({ facts, data: { event } }: EventJsonLdInput) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: event.name,
  alternateName: facts.alternativeNames.length ? facts.alternativeNames : undefined,
  description: eventDescription(facts),
  startDate: isoDay(event.startDate),
  endDate: isoDay(event.endDate) ?? isoDay(event.startDate),
  eventStatus: 'https://schema.org/EventScheduled',
  location: {
    '@type': 'Place',
    name: facts.place || 'Location not recorded',
    geo: facts.coordinates ? { '@type': 'GeoCoordinates', ...facts.coordinates } : undefined,
  },
  superEvent: facts.partOf
    ? { '@type': 'Event', name: facts.partOf.name, url: absoluteUrl(facts.partOf.href) }
    : undefined,
  url: absoluteUrl(facts.href),
})

const CREATIVE_WORK_TYPES: Record<Reference['citationType'], string> = {
  news: 'NewsArticle',
  web: 'WebPage',
  report: 'Report',
  'press-release': 'CreativeWork',
  book: 'Book',
  journal: 'ScholarlyArticle',
}

/** A cited source as a schema.org CreativeWork (or its more exact subtype). */
export const referenceJsonLd = (reference: Reference) => {
  const csl = referenceCsl(reference)
  return {
    '@type': CREATIVE_WORK_TYPES[reference.citationType],
    name: reference.title,
    author: reference.authors?.length
      ? reference.authors.map(({ last, first }) => ({
          '@type': 'Person',
          name: first ? `${first} ${last}` : last,
        }))
      : undefined,
    isPartOf: reference.work ? { '@type': 'Periodical', name: reference.work } : undefined,
    publisher: reference.publisher
      ? { '@type': 'Organization', name: reference.publisher }
      : undefined,
    datePublished: isoDay(reference.date),
    inLanguage: reference.language ?? undefined,
    url: csl.URL,
    citation: referenceText(reference),
    sameAs: absoluteUrl(`/references/${reference.id}`),
  }
}

/** schema.org Article for an article page, with its event, its image and its cited sources. */
export const articleJsonLd = ({ page, facts, references, further }: ArticleView) => {
  const { article, image } = page
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.summary ?? article.shortDescription ?? undefined,
    datePublished: article.createdAt,
    dateModified: article.updatedAt,
    url: absoluteUrl(`/articles/${article.slug}`),
    mainEntityOfPage: absoluteUrl(`/articles/${article.slug}`),
    author: newsroom(),
    publisher: newsroom(),
    image: image?.url
      ? {
          '@type': 'ImageObject',
          url: absoluteUrl(image.url),
          caption: image.alt,
          width: image.width ?? undefined,
          height: image.height ?? undefined,
        }
      : undefined,
    about: facts ? eventJsonLd({ facts, data: { event: page.event! } }) : undefined,
    citation: [...references.map(({ reference }) => reference), ...further].map(referenceJsonLd),
  }
}
