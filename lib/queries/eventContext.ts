import type { Article, Event, Reaction, Reference } from '@/payload-types'
import { getPayloadClient } from '@/lib/payload'
import { idOf } from '@/lib/relationId'

import { readOptions } from './readOptions'

export type EventContext = {
  partOf: Pick<Event, 'name' | 'slug'> | null
  victimsArticle: Pick<Article, 'title' | 'slug'> | null
  reactions: Reaction[]
}

/** What an article's infobox and an event page both show around an event, read in parallel. */
export async function loadEventContext(event: Event | null): Promise<EventContext> {
  if (!event) return { partOf: null, victimsArticle: null, reactions: [] }
  const payload = await getPayloadClient()
  const read = await readOptions()
  const partOfId = idOf(event.partOf)
  const victimsArticleId = idOf(event.victims?.article)
  const [partOf, victimsArticle, reactions] = await Promise.all([
    partOfId
      ? payload
          .find({
            collection: 'events',
            ...read,
            where: { id: { equals: partOfId } },
            select: { name: true, slug: true },
            limit: 1,
          })
          .then((result) => result.docs[0] ?? null)
      : null,
    victimsArticleId
      ? payload
          .find({
            collection: 'articles',
            ...read,
            where: { id: { equals: victimsArticleId } },
            select: { title: true, slug: true },
            limit: 1,
          })
          .then((result) => result.docs[0] ?? null)
      : null,
    payload
      .find({
        collection: 'reactions',
        ...read,
        where: { event: { equals: event.id } },
        // Same-day reactions keep the order they were added in.
        sort: ['date', 'id'],
        pagination: false,
      })
      .then((result) => result.docs),
  ])
  return { partOf, victimsArticle, reactions }
}

/** The references an event and its reactions cite (figures, perpetrators, statements). */
export const eventReferenceIds = (event: Event | null, reactions: Reaction[]) => [
  ...reactions.map((reaction) => idOf(reaction.reference)),
  ...(event?.figures ?? []).map((figure) => idOf(figure.reference)),
  ...(event?.perpetrators ?? []).map((perpetrator) => idOf(perpetrator.reference)),
]

/** The published references among `ids` (unpublished ones are left out), by id, in one query. */
export async function loadReferences(ids: (number | undefined)[]): Promise<Map<number, Reference>> {
  const wanted = [...new Set(ids.filter((id) => id !== undefined))]
  if (!wanted.length) return new Map()
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'references',
    ...(await readOptions()),
    where: { id: { in: wanted } },
    pagination: false,
  })
  return new Map(docs.map((reference) => [reference.id, reference]))
}
