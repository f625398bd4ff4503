import { cache } from 'react'

import { citationRegistry, rowCitations, type NumberedReference } from '@/lib/citations'
import { TAGS, tagPage } from '@/lib/cacheTags'
import { getPayloadClient } from '@/lib/payload'
import { loadEventPage, type EventPageData } from '@/lib/queries/eventContext'
import { readOptions } from '@/lib/queries/readOptions'
import { idOf } from '@/lib/relationId'

import { eventFactsView, reactionViews, type EventFactsView, type ReactionView } from './eventFacts'
import { figureHistory, type FigureHistory } from './figureHistory'

export type EventView = {
  data: EventPageData
  facts: EventFactsView
  reactions: ReactionView[]
  history: FigureHistory[]
  references: NumberedReference[]
}

/**
 * The event page, citation-numbered in the order it shows them: the facts (perpetrators),
 * the figures table, then the reactions.
 */
export const eventView = (data: EventPageData): EventView => {
  const { event, reactions, references } = data
  const citations = citationRegistry(
    [
      ...rowCitations('perpetrator', event.perpetrators),
      ...rowCitations('figure', event.figures),
      ...rowCitations('reaction', reactions),
    ],
    references,
  )
  return {
    data,
    facts: eventFactsView({
      event,
      partOf: data.partOf,
      victimsArticle: data.victimsArticle,
      citations,
      locationSource: references.get(idOf(event.location?.reference) ?? -1) ?? null,
    }),
    reactions: reactionViews(reactions, citations),
    // The figures table carries the figures' citations; the timeline repeats none.
    history: figureHistory(event.figures),
    references: citations.numbered,
  }
}

/** The page tags: the event, and everything around it that the page shows. */
const eventPageTags = (slug: string, data: EventPageData | null) => [
  TAGS.eventSlug(slug),
  ...(data
    ? [
        TAGS.event(data.event.id),
        TAGS.eventParts(data.event.id),
        TAGS.eventArticles(data.event.id),
        TAGS.eventReactions(data.event.id),
        idOf(data.event.partOf) && TAGS.event(idOf(data.event.partOf)!),
        idOf(data.event.victims?.article) && TAGS.article(idOf(data.event.victims?.article)!),
        ...data.parts.map((part) => TAGS.event(part.id)),
        ...data.articles.map((article) => TAGS.article(article.id)),
        ...[...data.references.keys()].map(TAGS.reference),
      ]
    : []),
]

export const getEventData = cache(async (slug: string) => {
  const data = await loadEventPage(await getPayloadClient(), slug, await readOptions())
  await tagPage(...eventPageTags(slug, data))
  return data
})

export const getEventView = cache(async (slug: string): Promise<EventView | null> => {
  const data = await getEventData(slug)
  return data ? eventView(data) : null
})
