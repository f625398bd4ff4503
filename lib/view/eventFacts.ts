import type { CitationMark, CitationRegistry } from '@/lib/citations'
import { formatDate, formatDateRange, isoDay } from '@/lib/format/date'
import { figureValue, groupFigures, type Figure } from '@/lib/format/figures'
import { placeOf } from '@/lib/format/place'
import type { MediaCard } from '@/lib/queries/articles'
import type { Reference } from '@/payload-types'
import type {
  ArticleLink,
  EventFactsData,
  EventLink,
  PageReaction,
} from '@/lib/queries/eventContext'
import { ATTRIBUTION_LABELS, EVENT_TYPE_LABELS, STANCE_LABELS } from '@/lib/vocabulary'

import { locationMapView, placeHref, type LocationMapView, type PlaceLink } from './locationMap'

export type FigureClaimView = {
  key: string
  value: string
  claimedBy: string
  asOf: string | null
  citation?: CitationMark
}

export type FigureGroupView = { kind: Figure['kind']; label: string; claims: FigureClaimView[] }

export type PerpetratorView = {
  key: string
  party: string
  attribution: string
  citation?: CitationMark
}

/** What the infobox of an article and the facts of an event page show, citations numbered. */
export type EventFactsView = {
  name: string
  href: string
  typeLabel: string
  dateText: string
  isoStart?: string
  place: string
  coordinates: { latitude: number; longitude: number } | null
  /** The location's parts, the region and country linked to their place pages. */
  placeParts: { place: string | null; region: PlaceLink | null; country: PlaceLink | null }
  map: LocationMapView | null
  alternativeNames: string[]
  partOf: { name: string; href: string } | null
  figures: FigureGroupView[]
  perpetrators: PerpetratorView[]
  victims: { text: string; href?: string; flag: MediaCard | null } | null
  image: MediaCard | null
}

export const eventFactsView = ({
  event,
  partOf,
  victimsArticle,
  image = null,
  victimsFlag = null,
  citations,
  locationSource = null,
}: {
  event: EventFactsData
  partOf: EventLink | null
  victimsArticle: ArticleLink | null
  image?: MediaCard | null
  victimsFlag?: MediaCard | null
  citations: CitationRegistry
  /** The gazetteer the coordinates come from. */
  locationSource?: Pick<Reference, 'id' | 'title'> | null
}): EventFactsView => {
  const { latitude, longitude, place, region, country } = event.location ?? {}
  return {
    name: event.name,
    href: `/events/${event.slug}`,
    typeLabel: EVENT_TYPE_LABELS[event.type],
    dateText: formatDateRange(event.startDate, event.endDate, event.datePrecision),
    isoStart: isoDay(event.startDate),
    place: placeOf(event),
    coordinates:
      typeof latitude === 'number' && typeof longitude === 'number'
        ? { latitude, longitude }
        : null,
    placeParts: {
      place: place || null,
      region: region && country ? { name: region, href: placeHref(country, region) } : null,
      country: country ? { name: country, href: placeHref(country) } : null,
    },
    map: locationMapView(event.location, locationSource),
    alternativeNames: event.alternativeNames ?? [],
    partOf: partOf ? { name: partOf.name, href: `/events/${partOf.slug}` } : null,
    figures: groupFigures(event.figures).map((group) => ({
      kind: group.kind,
      label: group.label,
      claims: group.claims.map((claim, position) => ({
        key: claim.id ?? `${group.kind}-${position}`,
        value: figureValue(claim),
        claimedBy: claim.claimedBy,
        asOf: claim.asOf ? formatDate(claim.asOf) : null,
        citation: citations.markOf('figure', claim),
      })),
    })),
    perpetrators: (event.perpetrators ?? []).map((perpetrator, position) => ({
      key: perpetrator.id ?? `perpetrator-${position}`,
      party: perpetrator.party,
      attribution: ATTRIBUTION_LABELS[perpetrator.attribution],
      citation: citations.markOf('perpetrator', perpetrator),
    })),
    victims: event.victims?.text
      ? {
          text: event.victims.text,
          href: victimsArticle ? `/articles/${victimsArticle.slug}` : undefined,
          flag: victimsFlag,
        }
      : null,
    image,
  }
}

export type ReactionView = {
  id: number
  actor: string
  country: string | null
  dateText: string
  isoDate?: string
  stance: PageReaction['stance']
  stanceLabel: string
  statement: string
  quote: string | null
  citation?: CitationMark
}

export const reactionViews = (
  reactions: PageReaction[],
  citations: CitationRegistry,
): ReactionView[] =>
  reactions.map((reaction) => ({
    id: reaction.id,
    actor: reaction.actor,
    country: reaction.country ?? null,
    dateText: formatDate(reaction.date),
    isoDate: isoDay(reaction.date),
    stance: reaction.stance,
    stanceLabel: STANCE_LABELS[reaction.stance],
    statement: reaction.statement,
    quote: reaction.quote ?? null,
    citation: citations.markOf('reaction', reaction),
  }))
