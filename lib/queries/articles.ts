import { cache } from 'react'

import type { Article, Event, Media, Reaction, Reference } from '@/payload-types'
import { TAGS, tagPage } from '@/lib/cacheTags'
import { findCitations } from '@/lib/citations'
import { getPayloadClient } from '@/lib/payload'

import { eventReferenceIds, loadEventContext, loadReferences } from './eventContext'
import { PUBLIC, readOptions } from './readOptions'
import { idOf } from '@/lib/relationId'

/**
 * The reader site's article queries. Reads go through `readOptions()`: as an anonymous
 * reader (`overrideAccess: false`, published versions only), so nothing unpublished reaches
 * a page even through a relationship — unless staff are previewing drafts.
 */

export type ArticleCard = Pick<
  Article,
  'id' | 'title' | 'slug' | 'shortDescription' | 'summary' | 'updatedAt'
>

const CARD_SELECT = {
  title: true,
  slug: true,
  shortDescription: true,
  summary: true,
  updatedAt: true,
} as const

export const listArticles = cache(async (): Promise<ArticleCard[]> => {
  await tagPage(TAGS.articles)
  const payload = await getPayloadClient()
  const read = await readOptions()
  const { docs } = await payload.find({
    collection: 'articles',
    ...read,
    select: CARD_SELECT,
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

export type ArticlePage = {
  article: Pick<
    Article,
    'id' | 'title' | 'slug' | 'shortDescription' | 'summary' | 'body' | 'updatedAt'
  >
  event: Event | null
  partOf: Pick<Event, 'name' | 'slug'> | null
  victimsArticle: Pick<Article, 'title' | 'slug'> | null
  /** The article's image and the victims' flag, when set. */
  image: MediaCard | null
  victimsFlag: MediaCard | null
  reactions: Reaction[]
  seeAlso: ArticleCard[]
  related: ArticleCard[]
  furtherReferenceIds: number[]
  /** Every reference the page shows, published ones only, by id. */
  references: Map<number, Reference>
}

/** The page tags: the article, and everything around it that the page shows. */
const articlePageTags = (slug: string, page: ArticlePage | null) => [
  TAGS.articleSlug(slug),
  ...(page
    ? [
        TAGS.article(page.article.id),
        TAGS.linkedFrom(page.article.id),
        ...(page.event
          ? [
              TAGS.event(page.event.id),
              TAGS.eventReactions(page.event.id),
              idOf(page.event.partOf) && TAGS.event(idOf(page.event.partOf)!),
              idOf(page.event.victims?.article) && TAGS.article(idOf(page.event.victims?.article)!),
            ]
          : []),
        ...[...page.seeAlso, ...page.related].map((card) => TAGS.article(card.id)),
        ...[...page.references.keys()].map(TAGS.reference),
        ...[page.image, page.victimsFlag].map((media) => media && TAGS.media(media.id)),
      ]
    : []),
]

export const getArticlePage = cache(async (slug: string): Promise<ArticlePage | null> => {
  const page = await loadArticlePage(slug)
  await tagPage(...articlePageTags(slug, page))
  return page
})

async function loadArticlePage(slug: string): Promise<ArticlePage | null> {
  const payload = await getPayloadClient()
  const read = await readOptions()
  const { docs } = await payload.find({
    collection: 'articles',
    ...read,
    where: { slug: { equals: slug } },
    limit: 1,
  })
  const article = docs[0]
  if (!article) return null

  const eventId = idOf(article.event)
  const event = eventId
    ? ((
        await payload.find({
          collection: 'events',
          ...read,
          where: { id: { equals: eventId } },
          limit: 1,
        })
      ).docs[0] ?? null)
    : null

  const seeAlsoIds = idsOf(article.seeAlso)
  const [{ partOf, victimsArticle, reactions }, seeAlso] = await Promise.all([
    loadEventContext(event),
    seeAlsoIds.length
      ? payload
          .find({
            collection: 'articles',
            ...read,
            where: { id: { in: seeAlsoIds } },
            select: CARD_SELECT,
            pagination: false,
          })
          .then((result) =>
            seeAlsoIds
              .map((id) => result.docs.find((doc) => doc.id === id))
              .filter((doc) => doc !== undefined),
          )
      : [],
  ])

  const furtherReferenceIds = idsOf(article.furtherReferences)
  const references = await loadReferences([
    ...findCitations(article.body).map((citation) => citation.referenceId),
    ...eventReferenceIds(event, reactions),
    ...furtherReferenceIds,
  ])

  const mediaIds = [idOf(article.image), idOf(event?.victims?.flag)].filter(
    (id) => id !== undefined,
  )
  const [related, media] = await Promise.all([
    findRelatedArticles({ article, event, exclude: seeAlsoIds }),
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
  ])
  const mediaById = (id: number | undefined) => media.find((item) => item.id === id) ?? null

  return {
    article,
    event,
    partOf,
    victimsArticle,
    image: mediaById(idOf(article.image)),
    victimsFlag: mediaById(idOf(event?.victims?.flag)),
    reactions,
    seeAlso,
    related,
    furtherReferenceIds,
    references,
  }
}

const RELATED_LIMIT = 12

/**
 * Articles a reader of this one may want next: those that list it under "See also", and
 * those about events sharing its wider conflict, country or kind — the more in common, the
 * higher. "See also" entries are left out (they have their own section).
 */
async function findRelatedArticles({
  article,
  event,
  exclude,
}: {
  article: Pick<Article, 'id'>
  event: Event | null
  exclude: number[]
}): Promise<ArticleCard[]> {
  const payload = await getPayloadClient()
  const read = await readOptions()
  const scores = new Map<number, number>()
  const partOf = idOf(event?.partOf)
  const country = event?.location?.country
  if (event) {
    const { docs: events } = await payload.find({
      collection: 'events',
      ...read,
      where: {
        and: [
          { id: { not_equals: event.id } },
          {
            or: [
              { type: { equals: event.type } },
              ...(partOf ? [{ partOf: { equals: partOf } }, { id: { equals: partOf } }] : []),
              ...(country ? [{ 'location.country': { equals: country } }] : []),
            ],
          },
        ],
      },
      select: { type: true, partOf: true, location: true },
      pagination: false,
    })
    for (const other of events) {
      const shared =
        Number(other.type === event.type) +
        Number(Boolean(partOf) && (idOf(other.partOf) === partOf || other.id === partOf)) * 2 +
        Number(Boolean(country) && other.location?.country === country) * 2
      scores.set(other.id, shared)
    }
  }
  const { docs } = await payload.find({
    collection: 'articles',
    ...read,
    where: {
      and: [
        { id: { not_in: [article.id, ...exclude] } },
        {
          or: [
            { seeAlso: { equals: article.id } },
            ...(scores.size ? [{ event: { in: [...scores.keys()] } }] : []),
          ],
        },
      ],
    },
    select: { ...CARD_SELECT, event: true, seeAlso: true },
    pagination: false,
  })
  const scoreOf = (candidate: (typeof docs)[number]) =>
    (scores.get(idOf(candidate.event) ?? -1) ?? 0) +
    (idsOf(candidate.seeAlso).includes(article.id) ? 3 : 0)
  return docs
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

/**
 * The current slug of an article that was published under `oldSlug` before being renamed,
 * found in its published revisions, so old links keep working.
 */
export const findRenamedArticleSlug = cache(async (oldSlug: string): Promise<null | string> => {
  await tagPage(TAGS.articleSlug(oldSlug))
  const payload = await getPayloadClient()
  const { docs: versions } = await payload.findVersions({
    collection: 'articles',
    ...PUBLIC,
    where: {
      and: [
        { 'version.slug': { equals: oldSlug } },
        { 'version._status': { equals: 'published' } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
  })
  const parent = idOf(versions[0]?.parent as number | { id: number } | undefined)
  if (!parent) return null
  const { docs } = await payload.find({
    collection: 'articles',
    ...PUBLIC,
    where: { id: { equals: parent } },
    select: { slug: true },
    limit: 1,
  })
  const current = docs[0]?.slug
  return current && current !== oldSlug ? current : null
})
