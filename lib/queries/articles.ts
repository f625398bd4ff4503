import { cache } from 'react'

import type { Article, Event, Reaction, Reference } from '@/payload-types'
import { findCitations } from '@/lib/citations'
import { getPayloadClient } from '@/lib/payload'

/**
 * The reader site's article queries. Every read is as an anonymous reader
 * (`overrideAccess: false`, no user, published versions only), so nothing unpublished can
 * reach a page, even through a relationship.
 */
const PUBLIC = { draft: false, overrideAccess: false, depth: 0 } as const

export type ArticleCard = Pick<Article, 'id' | 'title' | 'slug' | 'shortDescription' | 'summary' | 'updatedAt'>

const CARD_SELECT = {
  title: true,
  slug: true,
  shortDescription: true,
  summary: true,
  updatedAt: true,
} as const

export const listArticles = cache(async (): Promise<ArticleCard[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...PUBLIC,
    select: CARD_SELECT,
    sort: 'title',
    pagination: false,
  })
  return docs
})

export const listArticleSlugs = async (): Promise<string[]> =>
  (await listArticles()).map((article) => article.slug)

const idOf = (value: null | number | { id: number } | undefined) =>
  typeof value === 'object' && value !== null ? value.id : (value ?? undefined)

const idsOf = (values: (number | { id: number })[] | null | undefined) =>
  (values ?? []).map((value) => idOf(value)).filter((id): id is number => id !== undefined)

export type ArticlePage = {
  article: Pick<Article, 'id' | 'title' | 'slug' | 'shortDescription' | 'summary' | 'body' | 'updatedAt'>
  event: Event | null
  partOf: Pick<Event, 'name' | 'slug'> | null
  victimsArticle: Pick<Article, 'title' | 'slug'> | null
  reactions: Reaction[]
  seeAlso: ArticleCard[]
  furtherReferenceIds: number[]
  /** Every reference the page shows, published ones only, by id. */
  references: Map<number, Reference>
}

export const getArticlePage = cache(async (slug: string): Promise<ArticlePage | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...PUBLIC,
    where: { slug: { equals: slug } },
    limit: 1,
  })
  const article = docs[0]
  if (!article) return null

  const eventId = idOf(article.event)
  const event = eventId
    ? ((
        await payload.find({ collection: 'events', ...PUBLIC, where: { id: { equals: eventId } }, limit: 1 })
      ).docs[0] ?? null)
    : null

  const partOfId = idOf(event?.partOf)
  const victimsArticleId = idOf(event?.victims?.article)
  const seeAlsoIds = idsOf(article.seeAlso)
  const [reactions, partOf, victimsArticle, seeAlso] = await Promise.all([
    event
      ? payload
          .find({
            collection: 'reactions',
            ...PUBLIC,
            where: { event: { equals: event.id } },
            // Same-day reactions keep the order they were added in.
            sort: ['date', 'id'],
            pagination: false,
          })
          .then((result) => result.docs)
      : [],
    partOfId
      ? payload
          .find({ collection: 'events', ...PUBLIC, where: { id: { equals: partOfId } }, select: { name: true, slug: true }, limit: 1 })
          .then((result) => result.docs[0] ?? null)
      : null,
    victimsArticleId
      ? payload
          .find({ collection: 'articles', ...PUBLIC, where: { id: { equals: victimsArticleId } }, select: { title: true, slug: true }, limit: 1 })
          .then((result) => result.docs[0] ?? null)
      : null,
    seeAlsoIds.length
      ? payload
          .find({ collection: 'articles', ...PUBLIC, where: { id: { in: seeAlsoIds } }, select: CARD_SELECT, pagination: false })
          .then((result) => seeAlsoIds.map((id) => result.docs.find((doc) => doc.id === id)).filter((doc) => doc !== undefined))
      : [],
  ])

  const furtherReferenceIds = idsOf(article.furtherReferences)
  const referenceIds = new Set([
    ...findCitations(article.body).map((citation) => citation.referenceId),
    ...reactions.map((reaction) => idOf(reaction.reference)),
    ...(event?.figures ?? []).map((figure) => idOf(figure.reference)),
    ...(event?.perpetrators ?? []).map((perpetrator) => idOf(perpetrator.reference)),
    ...furtherReferenceIds,
  ])
  referenceIds.delete(undefined)
  const references = referenceIds.size
    ? (
        await payload.find({
          collection: 'references',
          ...PUBLIC,
          where: { id: { in: [...referenceIds] } },
          pagination: false,
        })
      ).docs
    : []

  return {
    article,
    event,
    partOf,
    victimsArticle,
    reactions,
    seeAlso,
    furtherReferenceIds,
    references: new Map(references.map((reference) => [reference.id, reference])),
  }
})
