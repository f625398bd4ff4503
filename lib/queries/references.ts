import { cache } from 'react'
import type { Payload } from 'payload'

import { TAGS, tagPage } from '@/lib/freshness'
import { getPayloadClient } from '@/lib/payload'
import { idOf } from '@/lib/relationId'
import type { Article, Event, LinkCheck, Reaction, Reference } from '@/payload-types'

import { REFERENCE_SELECT, type Read } from './eventContext'
import { PUBLIC, readOptions } from './readOptions'

/** At most this many pages of each kind are listed as citing a reference. */
export const CITING_LIMIT = 100

export type LinkCheckData = Pick<LinkCheck, 'status' | 'lastCheckedAt' | 'history'>

type CitingArticle = Pick<Article, 'id' | 'title' | 'slug' | 'body'>
type CitingEvent = Pick<Event, 'id' | 'name' | 'slug' | 'figures' | 'perpetrators'>
type CitingReaction = Pick<Reaction, 'id' | 'actor' | 'statement' | 'event'>

/** A reference and the published documents citing it, as stored: `lib/view/reference.ts` words them. */
export type ReferenceData = {
  reference: Reference
  /** What the link checker has found at the reference's address, if it has checked it. */
  linkCheck: LinkCheckData | null
  articles: CitingArticle[]
  events: CitingEvent[]
  reactions: CitingReaction[]
  /** The events of those reactions that do not cite the reference themselves. */
  reactionEvents: Pick<Event, 'id' | 'name' | 'slug'>[]
  /** How many citing pages were left out past the limit. */
  more: number
}

/**
 * A reference and every published document citing it ("what links here"), with the link
 * checker's history: at most nine statements whatever the number of citing pages, each
 * bounded.
 */
export async function loadReferenceData(
  payload: Payload,
  id: number,
  read: Read,
): Promise<ReferenceData | null> {
  const reference = (
    await payload.find({
      collection: 'references',
      ...read,
      where: { id: { equals: id } },
      select: REFERENCE_SELECT,
      limit: 1,
      pagination: false,
    })
  ).docs[0] as Reference | undefined
  if (!reference) return null

  const [articles, events, reactions, linkCheck] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...read,
      where: {
        or: [{ citedReferences: { equals: id } }, { furtherReferences: { equals: id } }],
      },
      select: { title: true, slug: true, body: true },
      sort: 'title',
      limit: CITING_LIMIT,
    }),
    payload.find({
      collection: 'events',
      ...read,
      where: {
        or: [{ 'figures.reference': { equals: id } }, { 'perpetrators.reference': { equals: id } }],
      },
      select: { name: true, slug: true, figures: true, perpetrators: true },
      sort: 'name',
      limit: CITING_LIMIT,
    }),
    payload.find({
      collection: 'reactions',
      ...read,
      where: { reference: { equals: id } },
      select: { actor: true, statement: true, event: true },
      sort: ['date', 'id'],
      limit: CITING_LIMIT,
    }),
    payload
      .find({
        collection: 'link-checks',
        ...read,
        where: { reference: { equals: id } },
        select: { status: true, lastCheckedAt: true, history: true },
        limit: 1,
        pagination: false,
      })
      .then((result) => (result.docs[0] as LinkCheckData | undefined) ?? null),
  ])

  // Reactions show on their event's page: name those events, published ones only.
  const reactionEventIds = [
    ...new Set(
      reactions.docs.map((reaction) => idOf(reaction.event)).filter((v) => v !== undefined),
    ),
  ].filter((eventId) => !events.docs.some((event) => event.id === eventId))
  const reactionEvents = reactionEventIds.length
    ? (
        await payload.find({
          collection: 'events',
          ...read,
          where: { id: { in: reactionEventIds } },
          select: { name: true, slug: true },
          pagination: false,
        })
      ).docs
    : []

  return {
    reference,
    linkCheck,
    articles: articles.docs as CitingArticle[],
    events: events.docs as CitingEvent[],
    reactions: reactions.docs as CitingReaction[],
    reactionEvents,
    more: articles.totalDocs - articles.docs.length + (events.totalDocs - events.docs.length),
  }
}

export const getReferenceData = cache(async (id: number) => {
  const page = await loadReferenceData(await getPayloadClient(), id, await readOptions())
  // Any article or event published may start or stop citing the reference: the site-wide
  // tags catch those, the reference's own tag its corrections (and its first publish).
  await tagPage(TAGS.reference(id), TAGS.referenceReactions(id), TAGS.articles, TAGS.events)
  return page
})

/** One published reference, for its downloads: one statement. */
export async function findPublishedReference(id: number): Promise<Reference | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'references',
    ...PUBLIC,
    where: { id: { equals: id } },
    select: REFERENCE_SELECT,
    limit: 1,
    pagination: false,
  })
  return (docs[0] as Reference | undefined) ?? null
}
