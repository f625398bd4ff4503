import type { Payload } from 'payload'

import type { Article, Event, Reaction, Reference } from '@/payload-types'
import { tagList, TAGS } from '@/lib/freshness'
import { idOf } from '@/lib/relationId'

import { ARTICLE_CARD_SELECT, type ArticleCard } from './cards'
import type { readOptions } from './readOptions'

/** How a request reads: as an anonymous reader, or as staff previewing drafts. */
export type Read = Awaited<ReturnType<typeof readOptions>>

/** The event fields a page renders (facts, figures, perpetrators, victims). */
export const EVENT_SELECT = {
  name: true,
  slug: true,
  type: true,
  alternativeNames: true,
  partOf: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  location: true,
  victims: true,
  perpetrators: true,
  figures: true,
  updatedAt: true,
} as const

export type EventFactsData = Pick<
  Event,
  | 'id'
  | 'name'
  | 'slug'
  | 'type'
  | 'alternativeNames'
  | 'partOf'
  | 'startDate'
  | 'endDate'
  | 'datePrecision'
  | 'location'
  | 'victims'
  | 'perpetrators'
  | 'figures'
  | 'updatedAt'
>

/** What a reference entry and its citation preview render. */
export const REFERENCE_SELECT = {
  citationType: true,
  title: true,
  authors: true,
  work: true,
  publisher: true,
  date: true,
  url: true,
  format: true,
  archiveUrl: true,
  archiveDate: true,
  accessDate: true,
  urlStatus: true,
  language: true,
  quote: true,
  updatedAt: true,
} as const

const REACTION_SELECT = {
  event: true,
  actor: true,
  actorType: true,
  country: true,
  date: true,
  stance: true,
  statement: true,
  quote: true,
  reference: true,
} as const

export type PageReaction = Pick<
  Reaction,
  | 'id'
  | 'event'
  | 'actor'
  | 'actorType'
  | 'country'
  | 'date'
  | 'stance'
  | 'statement'
  | 'quote'
  | 'reference'
>

export type EventLink = Pick<Event, 'id' | 'name' | 'slug'>
export type ArticleLink = Pick<Article, 'id' | 'title' | 'slug'>

/**
 * The published reactions to an event in the order the newsroom added them — the order the
 * reference page gives them, and so the order of their reference numbers: one statement.
 */
export async function loadReactions(
  payload: Payload,
  eventId: number,
  read: Read,
): Promise<PageReaction[]> {
  const { docs } = await payload.find({
    collection: 'reactions',
    ...read,
    where: { event: { equals: eventId } },
    select: REACTION_SELECT,
    sort: 'id',
    pagination: false,
  })
  return docs as PageReaction[]
}

/** The references an event and its reactions cite (figures, perpetrators, statements). */
export const eventReferenceIds = (
  event: Pick<Event, 'figures' | 'perpetrators' | 'location'> | null,
  reactions: Pick<Reaction, 'reference'>[],
) => [
  ...reactions.map((reaction) => idOf(reaction.reference)),
  ...(event?.figures ?? []).map((figure) => idOf(figure.reference)),
  ...(event?.perpetrators ?? []).map((perpetrator) => idOf(perpetrator.reference)),
  idOf(event?.location?.reference),
]

/**
 * The published references among `ids` (unpublished ones are left out), by id: one `in`
 * statement however many citations the page makes.
 */
export async function loadReferences(
  payload: Payload,
  ids: (number | undefined)[],
  read: Read,
): Promise<Map<number, Reference>> {
  const wanted = [...new Set(ids.filter((id) => id !== undefined))]
  if (!wanted.length) return new Map()
  const { docs } = await payload.find({
    collection: 'references',
    ...read,
    where: { id: { in: wanted } },
    select: REFERENCE_SELECT,
    pagination: false,
  })
  // Only the selected fields are read; the formatter and the page use no others.
  return new Map(docs.map((reference) => [reference.id, reference as Reference]))
}

export type EventPageData = {
  event: EventFactsData
  partOf: EventLink | null
  parts: Pick<Event, 'id' | 'name' | 'slug' | 'startDate' | 'datePrecision'>[]
  victimsArticle: ArticleLink | null
  reactions: PageReaction[]
  articles: ArticleCard[]
  references: Map<number, Reference>
  /**
   * The cache tags of everything the page points at, published or not: a reference its
   * figures or reactions cite, published later, re-renders the page (docs/caching.md).
   */
  tags: string[]
}

const first = <T>(result: { docs: T[] }): T | null => result.docs[0] ?? null

/**
 * An event page's data in three waves and at most seven statements: the event; then what
 * hangs off it (its wider event, the events within it, its victims' article, reactions and
 * the articles about it); then every reference the page cites, in one statement.
 */
export async function loadEventPage(
  payload: Payload,
  slug: string,
  read: Read,
): Promise<EventPageData | null> {
  const event = first(
    await payload.find({
      collection: 'events',
      ...read,
      where: { slug: { equals: slug } },
      select: EVENT_SELECT,
      limit: 1,
      pagination: false,
    }),
  ) as EventFactsData | null
  if (!event) return null
  const partOfId = idOf(event.partOf)
  const victimsArticleId = idOf(event.victims?.article)
  const [partOf, parts, victimsArticle, reactions, articles] = await Promise.all([
    partOfId
      ? payload
          .find({
            collection: 'events',
            ...read,
            where: { id: { equals: partOfId } },
            select: { name: true, slug: true },
            limit: 1,
            pagination: false,
          })
          .then(first)
      : null,
    payload
      .find({
        collection: 'events',
        ...read,
        where: { partOf: { equals: event.id } },
        select: { name: true, slug: true, startDate: true, datePrecision: true },
        sort: 'startDate',
        pagination: false,
      })
      .then((result) => result.docs),
    victimsArticleId
      ? payload
          .find({
            collection: 'articles',
            ...read,
            where: { id: { equals: victimsArticleId } },
            select: { title: true, slug: true },
            limit: 1,
            pagination: false,
          })
          .then(first)
      : null,
    loadReactions(payload, event.id, read),
    payload
      .find({
        collection: 'articles',
        ...read,
        where: { event: { equals: event.id } },
        select: ARTICLE_CARD_SELECT,
        sort: 'title',
        pagination: false,
      })
      .then((result) => result.docs),
  ])
  const referenceIds = eventReferenceIds(event, reactions)
  const references = await loadReferences(payload, referenceIds, read)
  const tags = tagList(
    TAGS.event(event.id),
    // Which parts, articles and reactions are published: announced under the event's id.
    TAGS.eventParts(event.id),
    TAGS.eventArticles(event.id),
    TAGS.eventReactions(event.id),
    partOfId && TAGS.event(partOfId),
    victimsArticleId && TAGS.article(victimsArticleId),
    ...parts.map((part) => TAGS.event(part.id)),
    ...articles.map((article) => TAGS.article(article.id)),
    ...referenceIds.map((id) => id && TAGS.reference(id)),
  )
  return { event, partOf, parts, victimsArticle, reactions, articles, references, tags }
}
