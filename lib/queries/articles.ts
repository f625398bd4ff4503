import { cache } from 'react'

import type { Payload, Where } from 'payload'

import type { Article, Event, Media, Reference } from '@/payload-types'
import { tagList, TAGS, tagPage } from '@/lib/freshness'
import { findCitations } from '@/lib/lexical'
import { getPayloadClient } from '@/lib/payload'
import { idOf } from '@/lib/relationId'

import {
  EVENT_SELECT,
  eventReferenceIds,
  loadReactions,
  loadReferences,
  type ArticleLink,
  type EventFactsData,
  type EventLink,
  type PageReaction,
  type Read,
} from './eventContext'
import { ARTICLE_CARD_SELECT, type ArticleCard } from './cards'
import { PUBLIC, readOptions } from './readOptions'
import { findRenamedSlug } from './renamed'

/**
 * The reader site's article queries. Reads go through `readOptions()`: as an anonymous
 * reader (`overrideAccess: false`, published versions only), so nothing unpublished reaches
 * a page even through a relationship — unless staff are previewing drafts.
 */

export const listArticles = cache(async (): Promise<ArticleCard[]> => {
  await tagPage(TAGS.articles)
  const payload = await getPayloadClient()
  const read = await readOptions()
  const { docs } = await payload.find({
    collection: 'articles',
    ...read,
    select: ARTICLE_CARD_SELECT,
    sort: 'title',
    pagination: false,
  })
  return docs
})

/** Slugs to prerender at build time: the 100 most recently changed published ones (the rest render on first visit). */
export const listArticleSlugs = async (): Promise<string[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...PUBLIC,
    select: { slug: true },
    sort: ['-updatedAt', '-id'],
    limit: 100,
    pagination: false,
  })
  return docs.map((article) => article.slug)
}

const idsOf = (values: (number | { id: number })[] | null | undefined) =>
  (values ?? []).map((value) => idOf(value)).filter((id): id is number => id !== undefined)

export type MediaCard = Pick<Media, 'id' | 'url' | 'alt' | 'credit' | 'width' | 'height'>

const ARTICLE_SELECT = {
  title: true,
  slug: true,
  shortDescription: true,
  summary: true,
  body: true,
  event: true,
  image: true,
  seeAlso: true,
  relatedArticles: true,
  listedIn: true,
  furtherReferences: true,
  createdAt: true,
  updatedAt: true,
} as const

/** How many related articles a page shows. */
const RELATED_LIMIT = 12

/** The published articles listing this one under "See also", read with the article itself. */
const LISTED_IN_JOIN = {
  listedIn: {
    limit: RELATED_LIMIT,
    sort: '-updatedAt',
    where: { _status: { equals: 'published' } },
  },
} as const

export type ArticlePage = {
  article: Pick<
    Article,
    'id' | 'title' | 'slug' | 'shortDescription' | 'summary' | 'body' | 'createdAt' | 'updatedAt'
  >
  event: EventFactsData | null
  partOf: EventLink | null
  victimsArticle: ArticleLink | null
  /** The article's image and the victims' flag, when set. */
  image: MediaCard | null
  victimsFlag: MediaCard | null
  reactions: PageReaction[]
  seeAlso: ArticleCard[]
  /** Related articles as the article's editors chose and ordered them. */
  curated: ArticleCard[]
  /** Related articles the site finds, leaving out those listed above. */
  related: ArticleCard[]
  furtherReferenceIds: number[]
  /** Every reference the page shows, published ones only, by id. */
  references: Map<number, Reference>
  /**
   * The cache tags of everything the page points at, published or not: publishing the event,
   * a cited reference or a "See also" article later re-renders the page (docs/caching.md).
   */
  tags: string[]
}

/**
 * An article page's data in four waves and at most ten statements, however many citations it
 * makes: the article, with the ids of the articles listing it under "See also" (a join, in the
 * same statement); its event and the event's reactions; then the linked articles (see also,
 * the curated related articles, those listing this one and the victims' article in one
 * statement), every cited reference (one `in` statement), the images, and the events related
 * to this one (the wider event among them); last the related articles, which are ranked by
 * those events. Reading the listing articles with an `or` beside the events made PostgreSQL
 * sort every article (about 200 ms at 100,000 articles).
 */
export async function loadArticlePage(slug: string, read: Read): Promise<ArticlePage | null> {
  const payload = await getPayloadClient()
  const article = (
    await payload.find({
      collection: 'articles',
      ...read,
      where: { slug: { equals: slug } },
      select: ARTICLE_SELECT,
      joins: LISTED_IN_JOIN,
      limit: 1,
      pagination: false,
    })
  ).docs[0]
  if (!article) return null

  const eventId = idOf(article.event)
  const [event, reactions] = await Promise.all([
    eventId
      ? payload
          .find({
            collection: 'events',
            ...read,
            where: { id: { equals: eventId } },
            select: EVENT_SELECT,
            limit: 1,
            pagination: false,
          })
          .then((result) => (result.docs[0] as EventFactsData | undefined) ?? null)
      : null,
    eventId ? loadReactions(payload, eventId, read) : [],
  ])

  const seeAlsoIds = idsOf(article.seeAlso)
  const curatedIds = idsOf(article.relatedArticles)
  const victimsArticleId = idOf(event?.victims?.article)
  const listedInIds = idsOf(article.listedIn?.docs as (number | { id: number })[] | undefined)
  const linkedIds = [
    ...new Set([
      ...seeAlsoIds,
      ...curatedIds,
      ...listedInIds,
      ...(victimsArticleId ? [victimsArticleId] : []),
    ]),
  ]
  const furtherReferenceIds = idsOf(article.furtherReferences)
  const referenceIds = [
    ...findCitations(article.body).map((citation) => citation.referenceId),
    ...eventReferenceIds(event, reactions),
    ...furtherReferenceIds,
  ]
  const mediaIds = [idOf(article.image), idOf(event?.victims?.flag)].filter(
    (id) => id !== undefined,
  )
  const [linked, references, media, relatedEvents] = await Promise.all([
    linkedIds.length
      ? payload
          .find({
            collection: 'articles',
            ...read,
            where: { id: { in: linkedIds } },
            select: { ...ARTICLE_CARD_SELECT, event: true },
            pagination: false,
          })
          .then((result) => result.docs)
      : [],
    loadReferences(payload, referenceIds, read),
    mediaIds.length
      ? payload
          .find({
            collection: 'media',
            ...read,
            where: { id: { in: mediaIds } },
            select: { url: true, alt: true, credit: true, width: true, height: true },
            pagination: false,
          })
          .then((result) => result.docs)
      : [],
    event ? findRelatedEvents(payload, event, read) : [],
  ])
  const linkedById = (id: number | undefined) => linked.find((doc) => doc.id === id)
  const related = await findRelatedArticles({
    payload,
    read,
    article,
    event,
    relatedEvents,
    listedBy: listedInIds.map(linkedById).filter((doc) => doc !== undefined),
    exclude: [...seeAlsoIds, ...curatedIds],
  })
  const mediaById = (id: number | undefined) => media.find((item) => item.id === id) ?? null
  const partOfId = idOf(event?.partOf)
  const partOf = relatedEvents.find((other) => other.id === partOfId)
  const victimsArticle = linkedById(victimsArticleId)

  return {
    article,
    event,
    partOf: partOf ? { id: partOf.id, name: partOf.name, slug: partOf.slug } : null,
    victimsArticle: victimsArticle
      ? { id: victimsArticle.id, title: victimsArticle.title, slug: victimsArticle.slug }
      : null,
    image: mediaById(idOf(article.image)),
    victimsFlag: mediaById(idOf(event?.victims?.flag)),
    reactions,
    seeAlso: seeAlsoIds.map(linkedById).filter((doc) => doc !== undefined),
    // Unpublished ones are left out; the rest keep the editors' order.
    curated: curatedIds.map(linkedById).filter((doc) => doc !== undefined),
    related,
    furtherReferenceIds,
    references,
    tags: tagList(
      TAGS.article(article.id),
      TAGS.linkedFrom(article.id),
      // By id, not by what the reads found: an event or reference published after the
      // article is announced under these tags, and the page must hear it.
      eventId && TAGS.event(eventId),
      eventId && TAGS.eventReactions(eventId),
      partOfId && TAGS.event(partOfId),
      ...[...linkedIds, ...related.map((card) => card.id)].map(TAGS.article),
      ...referenceIds.map((id) => id && TAGS.reference(id)),
      ...mediaIds.map((id) => id && TAGS.media(id)),
    ),
  }
}

export const getArticlePage = cache(async (slug: string): Promise<ArticlePage | null> => {
  const page = await loadArticlePage(slug, await readOptions())
  await tagPage(TAGS.articleSlug(slug), ...(page?.tags ?? []))
  return page
})

type RelatedEvent = Pick<Event, 'id' | 'name' | 'slug' | 'type' | 'partOf' | 'location'>

/** How many candidate events each relation contributes: the page's work stays bounded. */
const RELATED_EVENT_CANDIDATES = 60
/** How many candidate articles are ranked for the related list. */
const RELATED_ARTICLE_CANDIDATES = 120

/**
 * Events sharing this one's wider conflict, country or kind, and the wider event itself: the
 * related articles' ranking and the infobox's "Part of". Three bounded statements, run
 * together: the conflict itself, the closest relations (same conflict or country), and
 * events of the same kind — at 100,000 articles a kind alone matches tens of thousands.
 */
async function findRelatedEvents(
  payload: Payload,
  event: EventFactsData,
  read: Read,
): Promise<RelatedEvent[]> {
  const partOf = idOf(event.partOf)
  const country = event.location?.country
  const find = (where: Where) =>
    payload.find({
      collection: 'events',
      ...read,
      where: { and: [{ id: { not_equals: event.id } }, where] },
      select: { name: true, slug: true, type: true, partOf: true, location: true },
      sort: ['-startDate', '-id'],
      limit: RELATED_EVENT_CANDIDATES,
      pagination: false,
    })
  const close: Where[] = [
    ...(partOf ? [{ partOf: { equals: partOf } }] : []),
    ...(country ? [{ 'location.country': { equals: country } }] : []),
  ]
  const none = { docs: [] }
  const [wider, closest, sameKind] = await Promise.all([
    // The wider event on its own, so a long list of its parts never crowds it out.
    partOf ? find({ id: { equals: partOf } }) : none,
    close.length ? find({ or: close }) : none,
    find({ type: { equals: event.type } }),
  ])
  const byId = new Map(
    [...wider.docs, ...closest.docs, ...sameKind.docs].map((doc) => [doc.id, doc]),
  )
  return [...byId.values()] as RelatedEvent[]
}

type RelatedCandidate = ArticleCard & Pick<Article, 'event'>

const RELATED_CANDIDATE_SELECT = { ...ARTICLE_CARD_SELECT, event: true } as const

/**
 * Articles a reader of this one may want next: those that list it under "See also", and
 * those about events sharing its wider conflict, country or kind — the more in common, the
 * higher. "See also" entries are left out (they have their own section).
 */
async function findRelatedArticles({
  payload,
  read,
  article,
  event,
  relatedEvents,
  listedBy,
  exclude,
}: {
  payload: Payload
  read: Read
  article: Pick<Article, 'id'>
  event: EventFactsData | null
  relatedEvents: RelatedEvent[]
  listedBy: RelatedCandidate[]
  exclude: number[]
}): Promise<ArticleCard[]> {
  const scores = new Map<number, number>()
  const partOf = idOf(event?.partOf)
  const country = event?.location?.country
  if (event) {
    for (const other of relatedEvents) {
      const shared =
        Number(other.type === event.type) +
        Number(Boolean(partOf) && (idOf(other.partOf) === partOf || other.id === partOf)) * 2 +
        Number(Boolean(country) && other.location?.country === country) * 2
      scores.set(other.id, shared)
    }
  }
  const excluded = new Set([article.id, ...exclude])
  const byEvent = scores.size
    ? (
        await payload.find({
          collection: 'articles',
          ...read,
          where: {
            and: [{ id: { not_in: [...excluded] } }, { event: { in: [...scores.keys()] } }],
          },
          select: RELATED_CANDIDATE_SELECT,
          sort: ['-updatedAt', '-id'],
          limit: RELATED_ARTICLE_CANDIDATES,
          pagination: false,
        })
      ).docs
    : []
  const listing = new Set(listedBy.map((candidate) => candidate.id))
  const candidates = new Map(
    [...listedBy, ...byEvent]
      .filter((candidate) => !excluded.has(candidate.id))
      .map((candidate) => [candidate.id, candidate]),
  )
  const scoreOf = (candidate: RelatedCandidate) =>
    (scores.get(idOf(candidate.event) ?? -1) ?? 0) + (listing.has(candidate.id) ? 3 : 0)
  return [...candidates.values()]
    .sort((a, b) => scoreOf(b) - scoreOf(a) || a.title.localeCompare(b.title))
    .slice(0, RELATED_LIMIT)
    .map(({ id, title, slug, shortDescription, summary, updatedAt }) => ({
      id,
      title,
      slug,
      shortDescription,
      summary,
      updatedAt,
    }))
}

/** The current slug of an article published under `oldSlug` before being renamed. */
export const findRenamedArticleSlug = cache((oldSlug: string) =>
  findRenamedSlug({ collection: 'articles', oldSlug }),
)
